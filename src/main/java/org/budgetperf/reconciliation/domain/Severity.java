package org.budgetperf.reconciliation.domain;

/**
 * How serious a failed reconciliation rule is. ERROR blocks submission of the table; WARNING and
 * INFO inform. See docs/rules.md, section "Reconciliation (R-BUD)".
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
