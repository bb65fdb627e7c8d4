package org.budgetperf.evaluation.domain;

/**
 * <b>R-SCO-5 = indicator</b>: a value without operator ({@code 7人次}, {@code 100%}, {@code 0起}).
 *
 * <p>Formula: as R-SCO-3 (a count to meet: reaching or passing it earns the full weight, short of it the share
 * reached), except target 0: full weight only when actual ≤ 0, else 0 — "0 起 accidents" is an upper bound, and a
 * share of 0 means nothing.
 *
 * <p>Source: domain.md §4.4 R-SCO-5.
 */
final class EqualTargetRule implements QuantitativeRule {

    static final String ID = "R-SCO-5";
    static final EqualTargetRule INSTANCE = new EqualTargetRule();
    private static final HigherIsBetterRule AS_HIGHER_IS_BETTER = new HigherIsBetterRule(ID);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean met(Ratio target, Ratio actual) {
        return target.signum() == 0 ? actual.signum() <= 0 : AS_HIGHER_IS_BETTER.met(target, actual);
    }

    @Override
    public Ratio fraction(Ratio target, Ratio actual) {
        if (target.signum() == 0) {
            return met(target, actual) ? Ratio.ONE : Ratio.ZERO;
        }
        return AS_HIGHER_IS_BETTER.fraction(target, actual);
    }

    @Override
    public String formula(Ratio weight, Ratio target, Ratio actual) {
        if (target.signum() == 0) {
            return met(target, actual)
                    ? QuantitativeRule.fullWeight(ID, "target 0, " + actual + " ≤ 0", weight)
                    : QuantitativeRule.nothing(ID, "target 0, " + actual + " > 0");
        }
        return AS_HIGHER_IS_BETTER.formula(weight, target, actual);
    }
}
