package org.budgetperf.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.budgetperf.shared.events.FeedEvent;

/** Writes the delivery log: one row per HTTP request made, numbered per subscription and event. */
final class DeliveryLog {

    private DeliveryLog() {}

    static UUID insert(
            Connection c,
            UUID subscription,
            FeedEvent event,
            boolean manual,
            OffsetDateTime at,
            WebhookSender.Outcome outcome,
            OffsetDateTime nextAttempt)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_delivery (id, subscription_id, event_id,"
                + " event_seq, event_type, attempt, manual, attempted_at, succeeded, response_status, error, duration_ms,"
                + " next_attempt_at) VALUES (?, ?, ?, ?, ?, COALESCE((SELECT max(attempt) FROM webhook_delivery"
                + " WHERE subscription_id = ? AND event_id = ?), 0) + 1, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, id);
            ps.setObject(2, subscription);
            ps.setObject(3, event.id());
            ps.setLong(4, event.seq());
            ps.setString(5, event.type());
            ps.setObject(6, subscription);
            ps.setObject(7, event.id());
            ps.setBoolean(8, manual);
            ps.setObject(9, at);
            ps.setBoolean(10, outcome.succeeded());
            ps.setObject(11, outcome.status());
            ps.setString(12, outcome.error());
            ps.setLong(13, outcome.durationMs());
            ps.setObject(14, nextAttempt);
            ps.executeUpdate();
        }
        return id;
    }
}
