package org.budgetperf.reconciliation.domain;

/** The outcome of one rule check. */
public enum RuleStatus {
    /** The figures agree. */
    PASS,
    /** The figures disagree; the result carries the difference. */
    FAIL,
    /** Cells the rule needs are blank, so it cannot say either way; the result says what is missing. */
    NOT_VERIFIABLE
}
