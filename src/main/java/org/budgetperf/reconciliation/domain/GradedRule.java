package org.budgetperf.reconciliation.domain;

import java.util.Objects;

/**
 * A rule of either family (reconciliation R-BUD, target review R-REV/R-FW/R-VAL) as its findings name it: a stable
 * id and the severity a failure of it has. Both are given once, by the rule's constructor, and every
 * {@link GradedFinding} the rule writes carries them.
 */
public abstract class GradedRule {

    private final String id;
    private final Severity severity;

    /**
     * @param id stable id, e.g. {@code R-BUD-1}
     * @param severity the severity of the rule's findings, which its PASS and NOT_VERIFIABLE findings carry too; a
     *     rule that grades some failures lower gives its highest
     */
    protected GradedRule(String id, Severity severity) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    /** Stable id, e.g. {@code R-BUD-1}. */
    public final String id() {
        return id;
    }

    /** The severity of the rule's findings (public for the rule catalogue's check that it states the same). */
    public final Severity severity() {
        return severity;
    }
}
