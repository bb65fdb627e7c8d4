package org.budgetperf.shared.problem;

/**
 * Stable machine-readable error codes. Clients switch on these, so a code is never renamed or reused.
 */
public enum ProblemCode {
    MALFORMED_REQUEST(400, "Malformed request"),
    VALIDATION_FAILED(400, "Request is invalid"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    DUPLICATE_DEPARTMENT_CODE(409, "Department code already in use"),
    DUPLICATE_BUDGET(409, "Budget already exists for this department and year"),
    DEPARTMENT_HAS_BUDGETS(409, "Department still has budgets"),
    ILLEGAL_TRANSITION(409, "Action not possible in the table's current state"),
    EVENTS_PURGED(410, "Events no longer kept"),
    PRECONDITION_FAILED(412, "Resource has changed"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    IMPORT_TOO_LARGE(413, "File exceeds an import limit"),
    URI_TOO_LONG(414, "Request URI too long"),
    IMPORT_UNSUPPORTED_FORMAT(415, "File format not supported"),
    IMPORT_UNREADABLE(422, "File cannot be read in the declared format"),
    IMPORT_ENCRYPTED(422, "File is encrypted"),
    IMPORT_NOT_A_TABLE(422, "File is not a budget performance target table"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    BUSINESS_RULE_VIOLATED(422, "Request breaks a business rule"),
    SUBMISSION_BLOCKED(422, "Findings of severity ERROR block the submission"),
    EVALUATION_INCOMPLETE(422, "Required explanations or usable figures are missing"),
    FORM_MISMATCH(422, "The uploaded form does not match the approved table"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused with a different request"),
    IDEMPOTENT_REQUEST_IN_PROGRESS(409, "A request with this idempotency key is still in progress"),
    PRECONDITION_REQUIRED(428, "If-Match header required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    HEADERS_TOO_LARGE(431, "Request headers too large"),
    INTERNAL_ERROR(500, "Internal error"),
    DATABASE_UNAVAILABLE(503, "Database unavailable");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The {@code type} URI of the problem document: a stable identifier, documented in the contract. */
    public String type() {
        return "https://perf-targets.example/problems/" + name().toLowerCase().replace('_', '-');
    }
}
