package org.budgetperf.evaluation.domain;

import org.budgetperf.budget.indicator.domain.Operator;

/**
 * A target that is a bound: a lower one, ≥ (R-SCO-3), or an upper one, ≤ (R-SCO-4). Met, it earns the full
 * weight. Missed, a target ≤ 0 earns nothing, since a share of a non-positive target means nothing; a positive one
 * earns the share its rule gives for the miss.
 */
abstract class BoundTargetRule implements QuantitativeRule {

    private final String id;
    private final Operator bound;

    /**
     * @param id the id printed in formulas
     * @param bound {@link Operator#GE} for a lower bound, {@link Operator#LE} for an upper one
     */
    BoundTargetRule(String id, Operator bound) {
        this.id = id;
        this.bound = bound;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Ratio fraction(Ratio target, Ratio actual) {
        if (met(target, actual)) {
            return Ratio.ONE;
        }
        if (target.signum() <= 0) {
            return Ratio.ZERO;
        }
        return missedShare(target, actual);
    }

    @Override
    public final String formula(Ratio weight, Ratio target, Ratio actual) {
        if (met(target, actual)) {
            return QuantitativeRule.fullWeight(id, actual + " " + bound.symbol() + " " + target, weight);
        }
        if (target.signum() <= 0) {
            return QuantitativeRule.nothing(id, actual + " " + beyond() + " " + target + ", target not positive");
        }
        return missedFormula(weight, target, actual);
    }

    /** How a missed target reads in a formula: below a lower bound, above an upper one. */
    private String beyond() {
        return bound == Operator.GE ? Operator.LT.symbol() : Operator.GT.symbol();
    }

    /** The share of the weight a missed positive target earns, between 0 and 1. */
    abstract Ratio missedShare(Ratio target, Ratio actual);

    /** The formula of a missed positive target, ending in the score. */
    abstract String missedFormula(Ratio weight, Ratio target, Ratio actual);
}
