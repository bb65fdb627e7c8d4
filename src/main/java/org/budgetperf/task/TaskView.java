package org.budgetperf.task;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.shared.money.AmountUnit;

/** A task as the API returns it; {@code plannedFunds} in 元. */
public record TaskView(
        UUID id,
        TaskKind kind,
        int position,
        String name,
        String content,
        BigDecimal plannedFunds,
        String expectedOutcome,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static TaskView of(BudgetTask t) {
        return new TaskView(t.id, t.kind, t.position, t.name, t.content, t.plannedFunds, t.expectedOutcome, t.createdAt, t.updatedAt);
    }

    /** The input that would recreate this task; the base a merge patch is applied to. */
    TaskInput toInput() {
        return new TaskInput(kind, name, content, plannedFunds, AmountUnit.YUAN, expectedOutcome, position);
    }
}
