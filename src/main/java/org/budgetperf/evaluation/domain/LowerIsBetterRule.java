package org.budgetperf.evaluation.domain;

/**
 * <b>R-SCO-4 ≤ indicator</b> (also {@code <}): a "reverse" indicator, smaller is better (≤32个, 投诉率 ≤1%).
 *
 * <p>Formula: actual ≤ target → weight; target &lt; actual &lt; 2 × target → weight × (1 − (actual − target) /
 * target); actual ≥ 2 × target → 0. So 1.5 × target earns half the weight. A target ≤ 0 (≤ 0 起) has no band in
 * between: met → weight, else 0.
 *
 * <p>Source: domain.md §4.4 R-SCO-4.
 */
final class LowerIsBetterRule implements QuantitativeRule {

    static final String ID = "R-SCO-4";
    static final LowerIsBetterRule INSTANCE = new LowerIsBetterRule();
    private static final Ratio TWO = Ratio.of(2);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean met(Ratio target, Ratio actual) {
        return actual.compareTo(target) <= 0;
    }

    @Override
    public Ratio fraction(Ratio target, Ratio actual) {
        if (met(target, actual)) {
            return Ratio.ONE;
        }
        if (target.signum() <= 0 || actual.compareTo(TWO.multiply(target)) >= 0) {
            return Ratio.ZERO;
        }
        return Ratio.ONE.subtract(actual.subtract(target).divide(target));
    }

    @Override
    public String formula(Ratio weight, Ratio target, Ratio actual) {
        if (met(target, actual)) {
            return ID + ": " + actual + " ≤ " + target + " → " + QuantitativeRule.full(weight);
        }
        if (target.signum() <= 0) {
            return ID + ": " + actual + " > " + target + ", target not positive → 0 = 0.00";
        }
        if (actual.compareTo(TWO.multiply(target)) >= 0) {
            return ID + ": " + actual + " ≥ 2 × " + target + " → 0 = 0.00";
        }
        return ID + ": " + weight + " × (1 − (" + actual + " − " + target + ") / " + target + ") = "
                + Figures.result(weight.multiply(fraction(target, actual)));
    }
}
