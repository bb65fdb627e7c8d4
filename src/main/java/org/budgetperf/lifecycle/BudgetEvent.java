package org.budgetperf.lifecycle;

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
import org.budgetperf.budget.BudgetStatus;
import org.hibernate.annotations.Immutable;

/** One lifecycle transition, in the order it happened; the feed integrators read. */
@Entity
@Immutable
@Table(name = "budget_event")
public class BudgetEvent {

    /** The state a transition led to, which names the event. */
    public enum Type {
        SUBMITTED,
        RETURNED,
        APPROVED,
        ADJUSTING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Type type;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "department_code", nullable = false, length = 64)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    public BudgetStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public BudgetStatus toStatus;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(length = 2000)
    public String comment;

    @Column(name = "review_run_id")
    public UUID reviewRunId;

    @Column(name = "reconciliation_run_id")
    public UUID reconciliationRunId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;
}
