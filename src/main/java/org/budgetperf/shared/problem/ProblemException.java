package org.budgetperf.shared.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown anywhere in the service to answer with a problem document. Carries no stack-trace-worthy
 * information: it is an expected outcome, not a failure.
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final List<Violation> violations;
    private final Map<String, String> headers;
    private final List<String> allowedActions;

    public ProblemException(ProblemCode code, String detail) {
        this(code, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemCode code, String detail, List<Violation> violations) {
        this(code, detail, violations, Map.of());
    }

    public ProblemException(ProblemCode code, String detail, List<Violation> violations, Map<String, String> headers) {
        this(code, detail, violations, headers, null);
    }

    /** With the problem's {@code allowedActions} extension member (null: none). */
    public ProblemException(
            ProblemCode code,
            String detail,
            List<Violation> violations,
            Map<String, String> headers,
            List<String> allowedActions) {
        super(detail, null, false, false);
        this.code = code;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
        this.allowedActions = allowedActions == null ? null : List.copyOf(allowedActions);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemCode.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(
                ProblemCode.VALIDATION_FAILED,
                violations.size() == 1
                        ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields are invalid; see violations",
                violations);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(Violation.body(field, message)));
    }

    public ProblemCode code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
