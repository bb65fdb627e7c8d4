package org.budgetperf.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the API shows it: its settings, never its secret (but once, in {@code secret}, when it was just
 * created), and where its deliveries stand.
 *
 * @param lastDeliveredSeq the last event handled: delivered, or passed over as not asked for
 * @param failingSince since when the next event has failed to be delivered; null when it is not failing
 * @param nextAttemptAt when the dispatcher next tries
 * @param disabledAt when the dispatcher gave up on an event and disabled the subscription; null while it delivers
 */
public record WebhookView(
        UUID id,
        String url,
        List<String> eventTypes,
        List<UUID> departmentIds,
        String description,
        boolean active,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        long lastDeliveredSeq,
        int failedAttempts,
        OffsetDateTime failingSince,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime disabledAt,
        String disabledReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookView of(WebhookSubscription s, boolean withSecret) {
        return new WebhookView(
                s.id,
                s.url,
                s.eventTypes(),
                s.departmentIds(),
                s.description,
                s.active,
                s.createdAt,
                s.createdBy,
                s.updatedAt,
                s.cursorSeq,
                s.attempts,
                s.failingSince,
                s.nextAttemptAt,
                s.disabledAt,
                s.disabledReason,
                withSecret ? s.secret : null);
    }

    /** The settings a merge patch is applied to (no secret: it is write-only). */
    WebhookInput toInput() {
        return new WebhookInput(url, eventTypes, departmentIds, description, null, active);
    }

    /** One delivery of the log. */
    public record Delivery(
            UUID id,
            UUID subscriptionId,
            UUID eventId,
            long eventSeq,
            String eventType,
            int attempt,
            boolean manual,
            OffsetDateTime attemptedAt,
            boolean succeeded,
            Integer responseStatus,
            String error,
            long durationMs,
            OffsetDateTime nextAttemptAt) {

        static Delivery of(WebhookDelivery d) {
            return new Delivery(
                    d.id,
                    d.subscriptionId,
                    d.eventId,
                    d.eventSeq,
                    d.eventType,
                    d.attempt,
                    d.manual,
                    d.attemptedAt,
                    d.succeeded,
                    d.responseStatus,
                    d.error,
                    d.durationMs,
                    d.nextAttemptAt);
        }
    }
}
