package org.budgetperf.shared.problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown anywhere in the service to answer with a problem document. Carries no stack-trace-worthy
 * information: it is an expected outcome, not a failure. Its texts are written in the request's language only when
 * the answer is rendered ({@link ProblemResponses}); {@link #getMessage()} is the English detail, for logs.
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final transient Text detail;
    private final transient List<Violation> violations;
    private final Map<String, String> headers;
    private final transient ProblemExtensions extensions;

    public ProblemException(ProblemCode code, Text detail) {
        this(code, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemCode code, Text detail, List<Violation> violations) {
        this(code, detail, violations, Map.of());
    }

    public ProblemException(ProblemCode code, Text detail, List<Violation> violations, Map<String, String> headers) {
        this(code, detail, violations, headers, ProblemExtensions.NONE);
    }

    /** With extension members ({@link ProblemExtensions}). */
    public ProblemException(
            ProblemCode code,
            Text detail,
            List<Violation> violations,
            Map<String, String> headers,
            ProblemExtensions extensions) {
        super(detail.english(), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
        this.extensions = extensions == null ? ProblemExtensions.NONE : extensions;
    }

    /** 404: {@code what} (a noun of the catalogue) {@code id} does not exist. */
    public static ProblemException notFound(Messages what, Object id) {
        return new ProblemException(ProblemCode.NOT_FOUND, Messages.NOT_FOUND.of(what, id));
    }

    /** 400 {@code VALIDATION_FAILED} listing {@code violations}; the detail repeats a single one. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(ProblemCode.VALIDATION_FAILED, summary(violations), violations);
    }

    public static ProblemException invalid(Violation violation) {
        return invalid(List.of(violation));
    }

    /** 400 naming one body field. */
    public static ProblemException invalid(String field, ViolationCode code, Text message) {
        return invalid(Violation.body(field, code, message));
    }

    /** {@code field: message} for one violation, how many otherwise. */
    public static Text summary(List<Violation> violations) {
        return violations.size() == 1
                ? Messages.FIELD_MESSAGE.of(
                        violations.get(0).field(), violations.get(0).message())
                : Messages.FIELDS_INVALID.of(violations.size());
    }

    public ProblemCode code() {
        return code;
    }

    /** What went wrong in this occurrence. */
    public Text detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemExtensions extensions() {
        return extensions;
    }
}
