package org.budgetperf.webhooks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.budgetperf.shared.events.EventFeed;
import org.budgetperf.shared.events.EventTypes;
import org.budgetperf.shared.events.FeedEvent;
import org.jboss.logging.Logger;

/**
 * Delivers the change feed to the subscriptions, from the feed itself (the outbox): each subscription keeps a cursor,
 * the last event it handled, so a crash anywhere between a change's commit and its delivery loses nothing (the event
 * is delivered again: at least once).
 *
 * <p>One step takes one due subscription with {@code SELECT … FOR UPDATE SKIP LOCKED}, delivers its next event and
 * moves its cursor or schedules the retry, in one transaction that keeps the row locked meanwhile: dispatchers on
 * every replica (and the threads of each) work on different subscriptions, and a subscription's events go out one at a
 * time, in seq order. A failing event holds back the ones after it, and after {@code retry-for} the subscription is
 * disabled at that event; re-enabling it resumes there. Plain JDBC: a background thread, no request, no persistence
 * context.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final long TICK_BUDGET_NANOS = 20_000_000_000L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventFeed feed;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper mapper;

    private volatile ExecutorService workers;
    private volatile long lastWarning;

    /** A due subscription, locked. */
    private record Due(
            UUID id,
            String url,
            String secret,
            List<String> types,
            List<UUID> departments,
            long cursor,
            OffsetDateTime failingSince,
            int attempts) {}

    @Scheduled(every = "${perf.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Set<UUID> idle = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + TICK_BUDGET_NANOS;
        List<Callable<Void>> runs = new ArrayList<>();
        for (int i = 0; i < Math.max(1, config.dispatchThreads()); i++) {
            runs.add(() -> {
                while (System.nanoTime() < deadline && step(idle)) {
                    // one delivery (or one idle subscription passed over) per step
                }
                return null;
            });
        }
        try {
            for (var done : executor().invokeAll(runs)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            warn(e);
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeLog() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM webhook_delivery WHERE attempted_at < ?")) {
            ps.setObject(1, now().minus(config.logRetention()));
            ps.executeUpdate();
        } catch (SQLException e) {
            warn(e);
        }
    }

    /** Delivers the next event of one due subscription; false when no subscription is due. */
    boolean step(Set<UUID> idle) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean worked = deliverNext(c, idle);
                c.commit();
                return worked;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private boolean deliverNext(Connection c, Set<UUID> idle) throws SQLException {
        Due due = lockDue(c, idle);
        if (due == null) {
            return false;
        }
        EventFeed.Position position = EventFeed.position(c);
        long cursor = Math.max(due.cursor(), position.purgedThrough());
        FeedEvent event = next(c, due, cursor, position.lastSeq());
        if (event == null) {
            idle.add(due.id());
            if (position.lastSeq() > due.cursor()) {
                update(c, "UPDATE webhook_subscription SET cursor_seq = ? WHERE id = ?", position.lastSeq(), due.id());
            }
            return true;
        }
        OffsetDateTime at = now();
        WebhookSender.Outcome outcome = sender.send(due.url(), due.secret(), event);
        if (outcome.succeeded()) {
            DeliveryLog.insert(c, due.id(), event, false, at, outcome, null);
            update(
                    c,
                    "UPDATE webhook_subscription SET cursor_seq = ?, attempts = 0, failing_since = NULL,"
                            + " next_attempt_at = now() WHERE id = ?",
                    event.seq(),
                    due.id());
            return true;
        }
        OffsetDateTime since = due.failingSince() == null ? at : due.failingSince();
        int attempts = due.attempts() + 1;
        RetryPolicy policy = new RetryPolicy(config.initialBackoff(), config.maxBackoff(), config.retryFor());
        OffsetDateTime retry =
                policy.next(attempts, since, at, ThreadLocalRandom.current().nextDouble());
        DeliveryLog.insert(c, due.id(), event, false, at, outcome, retry);
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE webhook_subscription SET attempts = ?, failing_since = ?,"
                        + " next_attempt_at = ?, disabled_at = ?, disabled_reason = ?, active = ? WHERE id = ?")) {
            ps.setInt(1, attempts);
            ps.setObject(2, since);
            ps.setObject(3, retry == null ? at : retry);
            ps.setObject(4, retry == null ? at : null);
            ps.setString(
                    5,
                    retry == null
                            ? "event " + event.seq() + " could not be delivered for " + config.retryFor()
                                    + " (" + attempts + " attempts; last: " + outcome.error()
                                    + "); enable the subscription again to resume at it"
                            : null);
            ps.setBoolean(6, retry != null);
            ps.setObject(7, due.id());
            ps.executeUpdate();
        }
        if (retry == null) {
            LOG.warnf(
                    "webhook subscription %s disabled: event %d failed for %s",
                    due.id(), event.seq(), config.retryFor());
        }
        return true;
    }

    private Due lockDue(Connection c, Set<UUID> idle) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id, url, secret, event_types::text, department_ids::text,"
                        + " cursor_seq, failing_since, attempts FROM webhook_subscription WHERE active"
                        + " AND next_attempt_at <= now() AND NOT (id = ANY (?)) ORDER BY next_attempt_at"
                        + " LIMIT 1 FOR UPDATE SKIP LOCKED")) {
            ps.setArray(1, c.createArrayOf("uuid", idle.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Due(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        mapper.readValue(rs.getString(4), new TypeReference<List<String>>() {}),
                        mapper.readValue(rs.getString(5), new TypeReference<List<UUID>>() {}),
                        rs.getLong(6),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getInt(8));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a subscription's filters are not JSON", e);
            }
        }
    }

    /** The subscription's next event after its cursor, up to the feed's position, as its filters ask. */
    private FeedEvent next(Connection c, Due due, long cursor, long upTo) throws SQLException {
        StringBuilder where = new StringBuilder("seq > ? AND seq <= ?");
        List<Object> params = new ArrayList<>(List.of(cursor, upTo));
        where.append(EventFeed.typeCondition(c, EventTypes.Selection.of(due.types()), params));
        if (!due.departments().isEmpty()) {
            where.append(" AND department_id = ANY (?)");
            params.add(c.createArrayOf("uuid", due.departments().toArray()));
        }
        return feed.read(c, where.toString(), params, 1).stream().findFirst().orElse(null);
    }

    private static void update(Connection c, String sql, long seq, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, seq);
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    private ExecutorService executor() {
        if (workers == null) {
            synchronized (this) {
                if (workers == null) {
                    workers = Executors.newFixedThreadPool(Math.max(1, config.dispatchThreads()), r -> {
                        Thread t = new Thread(r, "webhook-dispatcher");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return workers;
    }

    void stop(@Observes ShutdownEvent event) {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** At most one warning a minute: a database away for a while is not a log flood. */
    private void warn(Exception e) {
        long nowMs = System.currentTimeMillis();
        if (nowMs - lastWarning > 60_000) {
            lastWarning = nowMs;
            LOG.warnf("webhook dispatch failed: %s", e.getMessage());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
