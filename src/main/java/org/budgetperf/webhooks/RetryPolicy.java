package org.budgetperf.webhooks;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When to try a failed delivery again: exponential backoff (initial, doubling, capped) with jitter (a factor from 0.5
 * to 1.5, so replicas and subscriptions do not retry in step), until the event has failed for {@code retryFor}.
 */
public record RetryPolicy(Duration initial, Duration max, Duration retryFor) {

    /**
     * The time of the next try after the {@code attempts}-th failure in a row, or null to give up (the event has been
     * failing since {@code failingSince} for {@code retryFor} or longer).
     *
     * @param random a number from 0 (inclusive) to 1 (exclusive): the jitter
     */
    public OffsetDateTime next(int attempts, OffsetDateTime failingSince, OffsetDateTime now, double random) {
        if (!now.isBefore(failingSince.plus(retryFor))) {
            return null;
        }
        return now.plus(delay(attempts, random));
    }

    /** The delay after the {@code attempts}-th failure in a row. */
    public Duration delay(int attempts, double random) {
        long base = initial.toMillis();
        for (int i = 1; i < attempts && base < max.toMillis(); i++) {
            base *= 2;
        }
        long capped = Math.min(base, max.toMillis());
        return Duration.ofMillis(Math.min(max.toMillis(), Math.round(capped * (0.5 + random))));
    }
}
