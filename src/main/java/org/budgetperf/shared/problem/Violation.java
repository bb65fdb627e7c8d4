package org.budgetperf.shared.problem;

import java.util.Objects;

/**
 * One reason a request was refused, pointing at the offending part of the request.
 *
 * @param field JSON property path in the body (e.g. {@code tasks[2].plannedFunds}) or the name of the
 *     query parameter / header
 * @param in where the field is: {@code body}, {@code query}, {@code path}, {@code header}, {@code file}
 *     (a cell or line of an imported file) or {@code table} (a field of the stored table, for findings
 *     that block a submission)
 * @param code what kind of refusal it is, stable for clients to switch on
 * @param message what is wrong, in words a client developer can act on, written in the request's language
 * @param ruleId the rule whose finding this is ({@code R-REV-1}), for findings that block a submission, or that asks for
 *     what an evaluation misses ({@code R-SCO-8}); else null
 */
public record Violation(String field, String in, ViolationCode code, Text message, String ruleId) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Violation(String field, String in, ViolationCode code, Text message) {
        this(field, in, code, message, null);
    }

    public static Violation body(String field, ViolationCode code, Text message) {
        return new Violation(field, "body", code, message);
    }

    public static Violation query(String field, ViolationCode code, Text message) {
        return new Violation(field, "query", code, message);
    }

    public static Violation header(String field, ViolationCode code, Text message) {
        return new Violation(field, "header", code, message);
    }

    /** A cell or line of an uploaded file. */
    public static Violation file(String location, ViolationCode code, Text message) {
        return new Violation(location, "file", code, message);
    }

    /** The same violation at another field (a row's violation under {@code items[i]}). */
    public Violation at(String otherField) {
        return new Violation(otherField, in, code, message, ruleId);
    }

    /** The same violation, named at another field in another part of the request (a request field at its cell). */
    public Violation at(String otherField, String otherIn, Text otherMessage) {
        return new Violation(otherField, otherIn, code, otherMessage, ruleId);
    }
}
