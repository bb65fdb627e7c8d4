package org.budgetperf.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change. Immutable: the table refuses updates and deletes (see the changelog). */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    /** What kind of thing changed. */
    public enum EntityType {
        DEPARTMENT,
        BUDGET,
        TASK,
        INDICATOR
    }

    /** What happened to it. */
    public enum Operation {
        CREATE,
        UPDATE,
        DELETE,
        SUBMIT,
        RETURN,
        APPROVE,
        ADJUST
    }

    /** The internal sequence: orders and pages the history; the API shows it as the deprecated {@code sequence}. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The entry's id in the API. */
    @Column(name = "public_id", nullable = false, updatable = false)
    public UUID publicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 20)
    public EntityType entityType;

    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    @Column(name = "budget_id")
    public UUID budgetId;

    @Column(name = "department_id")
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Operation operation;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "request_id", length = 64)
    public String requestId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state", columnDefinition = "jsonb")
    public String beforeState;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state", columnDefinition = "jsonb")
    public String afterState;
}
