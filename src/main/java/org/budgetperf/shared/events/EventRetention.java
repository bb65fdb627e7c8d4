package org.budgetperf.shared.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Keeps the feed for {@code perf.events.retention} (400 days by default): every hour, the events older than that are
 * deleted, oldest first, in batches. The feed then starts after the last one purged ({@code purged_through}); a reader
 * whose cursor points into the purged part gets a 410 instead of a silent gap.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    private static final int BATCH = 10_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventsConfig config;

    @Scheduled(
            every = "${perf.events.purge-interval}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            long purged = purgeBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()));
            if (purged > 0) {
                LOG.infof("purged %d events older than %s", purged, config.retention());
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("the change feed could not be purged: %s", e.getMessage());
        }
    }

    /** Deletes every event up to the last one that occurred before {@code cutoff}; answers how many. */
    public long purgeBefore(OffsetDateTime cutoff) throws SQLException {
        long through;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT max(seq) FROM change_event WHERE occurred_at < ?")) {
            ps.setObject(1, cutoff);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                through = rs.getLong(1);
                if (rs.wasNull()) {
                    return 0;
                }
            }
        }
        long purged = 0;
        while (true) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    long from = EventFeed.position(c).purgedThrough();
                    if (from >= through) {
                        c.commit();
                        return purged;
                    }
                    long upTo = Math.min(through, from + BATCH);
                    try (PreparedStatement on = c.prepareStatement("SET LOCAL perf.purge = 'on'")) {
                        on.execute();
                    }
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM change_event WHERE seq <= ?")) {
                        delete.setLong(1, upTo);
                        purged += delete.executeUpdate();
                    }
                    try (PreparedStatement mark = c.prepareStatement(
                            "UPDATE event_counter SET purged_through = GREATEST(purged_through, ?) WHERE id = 1")) {
                        mark.setLong(1, upTo);
                        mark.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        }
    }
}
