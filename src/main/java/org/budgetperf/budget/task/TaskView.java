package org.budgetperf.budget.task;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.shared.web.ETags;

/** A task as the API returns it; {@code plannedFunds} in 元, {@code version} the task's own ETag. */
public record TaskView(
        UUID id,
        String version,
        TaskKind kind,
        int position,
        String name,
        String content,
        BigDecimal plannedFunds,
        String expectedOutcome,
        UUID predecessorId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static TaskView of(BudgetTask t) {
        return new TaskView(
                t.id,
                ETags.of(t.version),
                t.kind,
                t.position,
                t.name,
                t.content,
                t.plannedFunds,
                t.expectedOutcome,
                t.predecessorId,
                t.createdAt,
                t.updatedAt);
    }
}
