package org.budgetperf.reconciliation.domain;

/**
 * The overall status of a reconciliation run, derived from its results by
 * {@link ReconciliationOutcome#overallOf(java.util.List)}.
 */
public enum OverallStatus {
    /** Every result passed. */
    BALANCED,
    /** No ERROR failed, but a WARNING (or INFO) rule failed or some rule could not be verified. */
    BALANCED_WITH_WARNINGS,
    /** At least one ERROR rule failed. */
    UNBALANCED
}
