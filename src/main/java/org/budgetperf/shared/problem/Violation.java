package org.budgetperf.shared.problem;

/**
 * One reason a request was refused, pointing at the offending part of the request.
 *
 * @param field JSON property path in the body (e.g. {@code tasks[2].plannedFunds}) or the name of the
 *     query parameter / header
 * @param in where the field is: {@code body}, {@code query}, {@code path}, {@code header}, {@code file}
 *     (a cell or line of an imported file) or {@code table} (a field of the stored table, for findings
 *     that block a submission)
 * @param message what is wrong, in words a client developer can act on
 */
public record Violation(String field, String in, String message) {

    public static Violation body(String field, String message) {
        return new Violation(field, "body", message);
    }

    public static Violation query(String field, String message) {
        return new Violation(field, "query", message);
    }

    public static Violation header(String field, String message) {
        return new Violation(field, "header", message);
    }
}
