package org.budgetperf.budget.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.budgetperf.budget.TableRow;
import org.budgetperf.budget.domain.TaskKind;

/** A row of 年度重点工作任务 (KEY) or 其他需完成的任务 (OTHER); positions count within each kind. */
@Entity
@Table(name = "budget_task")
public class BudgetTask extends TableRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public TaskKind kind;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(columnDefinition = "text")
    public String content;

    /** 拟投入的资金 in 元; null when blank. */
    @Column(name = "planned_funds", precision = 18, scale = 2)
    public BigDecimal plannedFunds;

    @Column(name = "expected_outcome", columnDefinition = "text")
    public String expectedOutcome;

    /** The task of the department's previous table this one was carried over from; null when none. */
    @Column(name = "predecessor_id")
    public java.util.UUID predecessorId;
}
