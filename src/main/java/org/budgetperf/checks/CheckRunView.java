package org.budgetperf.checks;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recorded run as the API returns it, its result in the type the rules produced.
 *
 * @param budgetVersion the ETag of the table version that was checked
 * @param revision for evaluations: the approved revision they were made against
 * @param month for monitoring reports: the month reported on
 * @param current whether the table is still at that version (a later change makes the run historical)
 * @param superseded for monitoring reports: a later report of the same month counts instead
 * @param outcome the overall status (reconciliation), SUBMITTABLE / NOT_SUBMITTABLE (review), the execution light
 *     (monitoring) or the grade (self-evaluation)
 * @param result every rule's result, as recorded
 */
public record CheckRunView<O>(
        UUID id,
        CheckRun.Kind kind,
        UUID budgetId,
        String budgetVersion,
        Integer revision,
        Integer month,
        String ruleSetVersion,
        String recordedBy,
        OffsetDateTime recordedAt,
        String outcome,
        boolean current,
        boolean superseded,
        O result) {}
