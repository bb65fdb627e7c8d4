package org.budgetperf.shared.security;

import java.util.List;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {

    /** Edits the tables of the departments listed in its token's {@code departments} claim. */
    public static final String DEPARTMENT_EDITOR = "department-editor";
    /** Finance bureau: reads every table, reviews and approves. */
    public static final String FINANCE_REVIEWER = "finance-reviewer";
    /** Manages departments and indicator frameworks. */
    public static final String ADMIN = "admin";
    /** Integrating systems: read-only. */
    public static final String READER = "reader";

    /** Every role, in the order {@code GET /api/v1/me} lists a caller's. */
    public static final List<String> ALL = List.of(DEPARTMENT_EDITOR, FINANCE_REVIEWER, ADMIN, READER);

    private Roles() {}
}
