package org.budgetperf.shared.problem;

import java.util.List;
import java.util.UUID;

/**
 * The extension members of a problem document (RFC 9457 §3.2), each belonging to one kind of problem and absent
 * (null) from every other. They are data, not prose: what the {@code detail} says in words, a client reads here.
 *
 * @param allowedActions {@code ILLEGAL_TRANSITION}: what the caller may do with the table instead (the table
 *     actions' names; the kernel keeps them as plain strings)
 * @param blockingRules {@code SUBMISSION_BLOCKED}: the ids of the rules whose findings of severity ERROR block the
 *     submission, each once, in the order of the violations
 * @param reviewRunId {@code SUBMISSION_BLOCKED}: the recorded review run the submission was checked by
 * @param reconciliationRunId {@code SUBMISSION_BLOCKED}: the recorded reconciliation run
 */
public record ProblemExtensions(
        List<String> allowedActions, List<String> blockingRules, UUID reviewRunId, UUID reconciliationRunId) {

    public static final ProblemExtensions NONE = new ProblemExtensions(null, null, null, null);

    public ProblemExtensions {
        allowedActions = allowedActions == null ? null : List.copyOf(allowedActions);
        blockingRules = blockingRules == null ? null : List.copyOf(blockingRules);
    }

    public static ProblemExtensions allowedActions(List<String> actions) {
        return new ProblemExtensions(actions, null, null, null);
    }

    public static ProblemExtensions blockedSubmission(
            List<String> blockingRules, UUID reviewRunId, UUID reconciliationRunId) {
        return new ProblemExtensions(null, blockingRules, reviewRunId, reconciliationRunId);
    }
}
