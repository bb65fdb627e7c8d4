package org.budgetperf.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.shared.events.FeedEvent;

/**
 * A lifecycle transition as the transition operations answer it and the event feed's deprecated {@code items} list it.
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

    /** A transition event of the feed in this form; null for any other event. */
    static TransitionView of(FeedEvent e) {
        BudgetEvent.Type type = BudgetEvent.Type.ofFeedType(e.type());
        if (type == null || e.fiscalYear() == null) {
            return null;
        }
        JsonNode d = e.data();
        return new TransitionView(
                e.seq(),
                type,
                e.budgetId(),
                e.departmentId(),
                e.departmentCode(),
                e.fiscalYear(),
                BudgetStatus.valueOf(d.path("fromStatus").asText()),
                BudgetStatus.valueOf(d.path("toStatus").asText()),
                d.path("revision").asInt(),
                e.actor(),
                text(d, "comment"),
                uuid(d, "reviewRunId"),
                uuid(d, "reconciliationRunId"),
                e.occurredAt());
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static UUID uuid(JsonNode d, String field) {
        String v = text(d, field);
        return v == null ? null : UUID.fromString(v);
    }
}
