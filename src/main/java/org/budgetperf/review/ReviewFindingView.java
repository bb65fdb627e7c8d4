package org.budgetperf.review;

import java.util.List;
import java.util.UUID;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;
import org.budgetperf.review.domain.ReviewFinding;
import org.budgetperf.review.domain.ReviewOutcome;

/**
 * A review finding pointing at what it concerns in the API's own terms: a JSON path into the table
 * document and, for rows, the id of the task or indicator, so a frontend can highlight it.
 */
public record ReviewFindingView(
        String ruleId,
        Severity severity,
        RuleStatus status,
        boolean blocking,
        String field,
        UUID taskId,
        UUID indicatorId,
        String messageZh,
        String messageEn) {

    /** A whole review: submittable or not, with the findings that block. */
    public record Result(
            String ruleSetVersion,
            boolean submittable,
            List<ReviewFindingView> blocking,
            List<ReviewFindingView> findings) {

        static Result of(ReviewOutcome outcome, List<UUID> taskIds, List<UUID> indicatorIds) {
            return new Result(
                    outcome.ruleSetVersion(),
                    outcome.submittable(),
                    outcome.blocking().stream()
                            .map(f -> from(f, taskIds, indicatorIds))
                            .toList(),
                    outcome.findings().stream()
                            .map(f -> from(f, taskIds, indicatorIds))
                            .toList());
        }
    }

    static ReviewFindingView from(ReviewFinding f, List<UUID> taskIds, List<UUID> indicatorIds) {
        return new ReviewFindingView(
                f.ruleId(),
                f.severity(),
                f.status(),
                f.isBlocking(),
                apiPath(f.target()),
                id(taskIds, f.taskIndex()),
                id(indicatorIds, f.indicatorIndex()),
                f.messageZh(),
                f.messageEn());
    }

    /** The rule set speaks of the plain form's fields; the API names two of them differently. */
    private static String apiPath(String target) {
        if (target == null) {
            return null;
        }
        return target.replace("departmentName", "department.name").replace("overallGoalHtml", "overallGoal");
    }

    private static UUID id(List<UUID> ids, Integer index) {
        return index == null || ids == null || index < 0 || index >= ids.size() ? null : ids.get(index);
    }
}
