package org.budgetperf.budget;

import org.budgetperf.budget.indicator.Indicator;
import org.budgetperf.budget.task.BudgetTask;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.problem.Messages;

/**
 * One block of rows of the form and what tells it apart from the other: its row entity, the name a missing row is
 * reported under, its kind in the audit trail, and the order the form lists it in (JPQL over the row alias
 * {@code r}; creation time and id break ties so pages never overlap).
 */
public record TableBlock<R extends TableRow>(
        Class<R> rowType, Messages rowName, AuditRecord.EntityType auditType, String formOrder) {

    /** 年度重点工作任务 first, then 其他需完成的任务, each by position. */
    public static final TableBlock<BudgetTask> TASKS = new TableBlock<>(
            BudgetTask.class, Messages.TASK, AuditRecord.EntityType.TASK, "r.kind, r.position, r.createdAt, r.id");

    public static final TableBlock<Indicator> INDICATORS = new TableBlock<>(
            Indicator.class, Messages.INDICATOR, AuditRecord.EntityType.INDICATOR, "r.position, r.createdAt, r.id");

    /** The JPQL entity name of the rows. */
    String entity() {
        return rowType.getSimpleName();
    }
}
