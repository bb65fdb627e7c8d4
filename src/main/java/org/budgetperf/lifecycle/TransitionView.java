package org.budgetperf.lifecycle;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;

/**
 * A lifecycle transition as the API and the event feed return it.
 *
 * @param seq position in the event feed
 * @param revision the revision the table is at after the transition
 * @param reviewRunId for a submission: the review recorded for it
 * @param reconciliationRunId for a submission: the reconciliation recorded for it
 */
public record TransitionView(
        long seq,
        BudgetEvent.Type type,
        UUID budgetId,
        UUID departmentId,
        String departmentCode,
        int fiscalYear,
        BudgetStatus fromStatus,
        BudgetStatus toStatus,
        int revision,
        String actor,
        String comment,
        UUID reviewRunId,
        UUID reconciliationRunId,
        OffsetDateTime occurredAt) {

    static TransitionView of(BudgetEvent e) {
        return new TransitionView(
                e.seq,
                e.type,
                e.budgetId,
                e.departmentId,
                e.departmentCode,
                e.fiscalYear,
                e.fromStatus,
                e.toStatus,
                e.revision,
                e.actor,
                e.comment,
                e.reviewRunId,
                e.reconciliationRunId,
                e.occurredAt);
    }
}
