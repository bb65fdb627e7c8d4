package org.budgetperf.evaluation.domain;

/**
 * The traffic light of 双监控 (R-MON-1, R-MON-2): how a budget, task or indicator is doing during the year.
 * See docs/rules.md, section "Monitoring and self-evaluation (R-MON, R-SCO)".
 */
public enum Light {
    /** On track: execution at or above the yellow threshold, or the target expected to be met (达成). */
    GREEN,
    /** Somewhat behind: needs a cause and a measure when it is an indicator (部分达成). */
    YELLOW,
    /** Clearly behind: needs a cause and a measure when it is an indicator (未达成). */
    RED,
    /** The figures needed are blank, zero or unreadable; the light's message says which. */
    NOT_COMPUTABLE;

    /** Whether an indicator with this light is behind its target and so needs a cause and a measure. */
    public boolean isBehind() {
        return this == YELLOW || this == RED;
    }
}
