package org.budgetperf.webhooks;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code perf.webhooks.*}: delivery timeouts, the retry schedule and which receivers may be reached. */
@ConfigMapping(prefix = "perf.webhooks")
public interface WebhookConfig {

    /** Time to establish the connection to a receiver. */
    Duration connectTimeout();

    /** Time for a receiver to answer once connected; longer counts as a failed delivery. */
    Duration readTimeout();

    /** The first retry's delay; each further one doubles it (with jitter), up to {@link #maxBackoff}. */
    Duration initialBackoff();

    Duration maxBackoff();

    /**
     * How long an event is retried (at least) before the subscription is disabled; re-enabling it resumes at that
     * event, so nothing is skipped.
     */
    Duration retryFor();

    /** How often the dispatcher looks for events to deliver. */
    Duration pollInterval();

    /** Subscriptions delivered in parallel per replica. */
    int dispatchThreads();

    /** How long the delivery log keeps a delivery. */
    Duration logRetention();

    /** Hosts a plain {@code http} URL may name; every other URL must be {@code https}. None by default. */
    Optional<List<String>> allowedHttpHosts();

    /**
     * Hosts whose addresses are not checked against loopback, private and link-local ranges: only for a receiver on
     * the same machine in development and tests. Never set in production.
     */
    Optional<List<String>> allowedInternalHosts();
}
