package org.budgetperf.evaluation.domain;

import org.budgetperf.budget.indicator.domain.Operator;

/**
 * A scoring rule for a quantitative indicator (R-SCO-3, R-SCO-4, R-SCO-5): the share of its weight an actual
 * value earns against the target, and the formula as text a person can recheck. Monitoring (R-MON-2) applies
 * the same share to the expected year-end value.
 */
interface QuantitativeRule {

    String id();

    /** Whether the actual value meets the target; then {@link #fraction} is 1. */
    boolean met(Ratio target, Ratio actual);

    /** The share of the weight earned, between 0 and 1. */
    Ratio fraction(Ratio target, Ratio actual);

    /** The computation with the figures, ending in the score, e.g. {@code R-SCO-3: 20 × 95 / 100 = 19.00}. */
    String formula(Ratio weight, Ratio target, Ratio actual);

    /**
     * The rule for an operator. {@code >} is scored like {@code ≥} and {@code <} like {@code ≤} (domain.md §4.4
     * names only ≥, ≤ and =; a strict bound met with equality is a matter of one unit, not of a different formula).
     */
    static QuantitativeRule forOperator(Operator operator) {
        return switch (operator) {
            case GE, GT -> HigherIsBetterRule.INSTANCE;
            case LE, LT -> LowerIsBetterRule.INSTANCE;
            case EQ -> EqualTargetRule.INSTANCE;
        };
    }

    // The formulas read "rule: premise → outcome" or "rule: computation = score", so that every rule's text can be
    // rechecked the same way.

    /** A met target: {@code R-SCO-3: 100 ≥ 95 → full weight = 18.75}. */
    static String fullWeight(String id, String premise, Ratio weight) {
        return id + ": " + premise + " → full weight = " + Figures.result(weight);
    }

    /** A target that earns nothing: {@code R-SCO-4: 70 ≥ 2 × 32 → 0 = 0.00}. */
    static String nothing(String id, String premise) {
        return id + ": " + premise + " → 0 = 0.00";
    }

    /** A share of the weight: {@code R-SCO-3: 20 × 95 / 100 = 19.00}. */
    static String share(String id, String computation, Ratio score) {
        return id + ": " + computation + " = " + Figures.result(score);
    }
}
