package org.budgetperf.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A webhook subscription: its settings (admins change them, under their version) and the dispatcher's state beside
 * them (changed by the dispatcher only, without touching the version). Only changed columns are written, so an
 * admin's change never writes back a stale cursor.
 */
@Entity
@DynamicUpdate
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;

    @Column(nullable = false, length = 2000)
    public String url;

    /** The event filters, a JSON array of strings (see {@link #eventTypes()}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false, columnDefinition = "jsonb")
    String eventTypesJson;

    /** The departments, a JSON array of ids (see {@link #departmentIds()}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "department_ids", nullable = false, columnDefinition = "jsonb")
    String departmentIdsJson;

    @Column(length = 500)
    public String description;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The last event handled: delivered, or passed over as not asked for. */
    @Column(name = "cursor_seq", nullable = false)
    public long cursorSeq;

    /** Failed deliveries of the next event in a row. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(name = "disabled_reason", length = 500)
    public String disabledReason;

    private static final ObjectMapper JSON = new ObjectMapper();

    public List<String> eventTypes() {
        return read(eventTypesJson, new TypeReference<>() {});
    }

    public List<UUID> departmentIds() {
        return read(departmentIdsJson, new TypeReference<>() {});
    }

    void filters(List<String> eventTypes, List<UUID> departmentIds) {
        try {
            eventTypesJson = JSON.writeValueAsString(eventTypes);
            departmentIdsJson = JSON.writeValueAsString(departmentIds);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a subscription's filters are not JSON", e);
        }
    }
}
