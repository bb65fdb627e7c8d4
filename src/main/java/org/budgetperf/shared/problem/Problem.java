package org.budgetperf.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 9457 problem document, the body of every error response ({@code application/problem+json}), written in one
 * language ({@link Language}): the {@code title}, the {@code detail} and each violation's {@code message}. The codes
 * are the same in every language.
 *
 * <p>{@code traceId} is the trace the request belongs to while tracing is on (to find its spans), else left out. The
 * members after {@code violations} are extension members ({@link ProblemExtensions}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String requestId,
        String traceId,
        List<ViolationEntry> violations,
        List<String> allowedActions,
        List<String> blockingRules,
        UUID reviewRunId,
        UUID reconciliationRunId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A {@link Violation} as the document shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ViolationEntry(String field, String in, String code, String message, String ruleId) {}

    /** The document of {@code problem}, written in {@code language}. */
    public static Problem of(ProblemException problem, String instance, String requestId, Language language) {
        ProblemCode code = problem.code();
        ProblemExtensions extensions = problem.extensions();
        List<ViolationEntry> violations = problem.violations().stream()
                .map(v -> new ViolationEntry(
                        v.field(), v.in(), v.code().name(), v.message().in(language), v.ruleId()))
                .toList();
        return new Problem(
                code.type(),
                code.title(language),
                code.status(),
                problem.detail().in(language),
                instance,
                code.name(),
                requestId,
                TraceIds.current(),
                violations.isEmpty() ? null : violations,
                extensions.allowedActions(),
                extensions.blockingRules(),
                extensions.reviewRunId(),
                extensions.reconciliationRunId());
    }
}
