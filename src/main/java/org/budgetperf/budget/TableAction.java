package org.budgetperf.budget;

/**
 * What a caller may do with a table now, as the API names it in {@code allowedActions}. The vocabulary is closed for
 * a given version of the service but may grow: clients show what they know and ignore the rest.
 */
public enum TableAction {
    /** Change the header, amounts, goal, tasks or indicators (PUT/PATCH, row changes, bulk row replaces). */
    EDIT,
    /** Delete the table (a draft never approved). */
    DELETE,
    SUBMIT,
    RETURN,
    APPROVE,
    ADJUST,
    /** Record a monthly monitoring report against the last approved revision. */
    RECORD_MONITORING,
    /** Record the year-end self-evaluation against the last approved revision. */
    RECORD_SELF_EVALUATION,
    /** Run and record the review and the reconciliation. */
    RUN_CHECKS
}
