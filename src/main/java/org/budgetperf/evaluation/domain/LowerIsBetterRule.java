package org.budgetperf.evaluation.domain;

import org.budgetperf.budget.indicator.domain.Operator;

/**
 * <b>R-SCO-4 ≤ indicator</b> (also {@code <}): a "reverse" indicator, smaller is better (≤32个, 投诉率 ≤1%).
 *
 * <p>Formula: actual ≤ target → weight; target &lt; actual &lt; 2 × target → weight × (1 − (actual − target) /
 * target); actual ≥ 2 × target → 0. So 1.5 × target earns half the weight. A target ≤ 0 (≤ 0 起) has no band in
 * between: met → weight, else 0.
 *
 * <p>Source: domain.md §4.4 R-SCO-4.
 */
final class LowerIsBetterRule extends BoundTargetRule {

    static final String ID = "R-SCO-4";
    static final LowerIsBetterRule INSTANCE = new LowerIsBetterRule();
    private static final Ratio TWO = Ratio.of(2);

    LowerIsBetterRule() {
        super(ID, Operator.LE);
    }

    @Override
    public boolean met(Ratio target, Ratio actual) {
        return actual.compareTo(target) <= 0;
    }

    @Override
    Ratio missedShare(Ratio target, Ratio actual) {
        return twiceTheTargetOrMore(target, actual)
                ? Ratio.ZERO
                : Ratio.ONE.subtract(actual.subtract(target).divide(target));
    }

    @Override
    String missedFormula(Ratio weight, Ratio target, Ratio actual) {
        if (twiceTheTargetOrMore(target, actual)) {
            return QuantitativeRule.nothing(ID, actual + " ≥ 2 × " + target);
        }
        return QuantitativeRule.share(
                ID,
                weight + " × (1 − (" + actual + " − " + target + ") / " + target + ")",
                weight.multiply(missedShare(target, actual)));
    }

    private static boolean twiceTheTargetOrMore(Ratio target, Ratio actual) {
        return actual.compareTo(TWO.multiply(target)) >= 0;
    }
}
