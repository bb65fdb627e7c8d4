package org.budgetperf.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One HTTP request made to deliver an event, as the delivery log shows it; written by {@link DeliveryLog}. */
@Entity
@Immutable
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_seq", nullable = false)
    public long eventSeq;

    @Column(name = "event_type", nullable = false, length = 100)
    public String eventType;

    @Column(nullable = false)
    public int attempt;

    @Column(nullable = false)
    public boolean manual;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    @Column(nullable = false)
    public boolean succeeded;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(length = 500)
    public String error;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
}
