package org.budgetperf.reconciliation.domain;

/**
 * The overall status of a reconciliation run, derived from its results by
 * {@link ReconciliationOutcome#overallOf(java.util.List)}.
 */
public enum OverallStatus {
    /** Income equals spending and no rule failed (other rules may be not verifiable for blank cells). */
    BALANCED,
    /** No ERROR failed, but a WARNING rule failed or income = spending (R-BUD-1) could not be verified. */
    BALANCED_WITH_WARNINGS,
    /** At least one ERROR rule failed. */
    UNBALANCED
}
