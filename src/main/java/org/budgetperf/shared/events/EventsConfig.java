package org.budgetperf.shared.events;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** {@code perf.events.*}: how long the change feed keeps events and how often a long poll looks for new ones. */
@ConfigMapping(prefix = "perf.events")
public interface EventsConfig {

    /** Events older than this are purged (daily, {@link EventRetention}); 400 days by default. */
    Duration retention();

    /** How often the purge looks for events past their retention. */
    Duration purgeInterval();

    /**
     * How often the service reads the feed's last {@code seq} while requests wait for events (a long poll): changes
     * made through another replica are seen within this; changes made through this one at once.
     */
    Duration pollInterval();
}
