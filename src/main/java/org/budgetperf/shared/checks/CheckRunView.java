package org.budgetperf.shared.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recorded run as the API returns it.
 *
 * @param budgetVersion the ETag of the table version that was checked
 * @param current whether the table is still at that version (a later change makes the run historical)
 * @param outcome the overall status (reconciliation) or SUBMITTABLE / NOT_SUBMITTABLE (review)
 * @param result every rule's result, exactly as recorded
 */
public record CheckRunView(
        UUID id,
        CheckRun.Kind kind,
        UUID budgetId,
        String budgetVersion,
        String ruleSetVersion,
        String recordedBy,
        OffsetDateTime recordedAt,
        String outcome,
        boolean current,
        JsonNode result) {
}
