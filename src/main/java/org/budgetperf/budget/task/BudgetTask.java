package org.budgetperf.budget.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.shared.TrackedEntity;

/**
 * A row of 年度重点工作任务 (KEY) or 其他需完成的任务 (OTHER). Points at its budget by id rather than
 * by association so that reading a whole table is one query per block, never one per row.
 */
@Entity
@Table(name = "budget_task")
public class BudgetTask extends TrackedEntity {

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public TaskKind kind;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(columnDefinition = "text")
    public String content;

    /** 拟投入的资金 in 元; null when blank. */
    @Column(name = "planned_funds", precision = 18, scale = 2)
    public BigDecimal plannedFunds;

    @Column(name = "expected_outcome", columnDefinition = "text")
    public String expectedOutcome;
}
