package org.budgetperf.evaluation.domain;

import org.budgetperf.budget.indicator.domain.Operator;

/**
 * <b>R-SCO-3 ≥ indicator</b> (also {@code >}).
 *
 * <p>Statement: the more the better; meeting the target earns the full weight, falling short earns the share
 * reached.
 *
 * <p>Formula: actual ≥ target → weight; else weight × actual / target. Never below 0: a negative actual earns
 * 0, and a target ≤ 0 that is missed earns 0 (a share of a non-positive target means nothing: −10 against
 * ≥ −5 would otherwise earn twice the weight).
 *
 * <p>Source: domain.md §4.4 R-SCO-3; the Yuzhong 2021 form's 评价标准 "达到目标得满分，未达到按完成比例得分".
 */
final class HigherIsBetterRule extends BoundTargetRule {

    static final String ID = "R-SCO-3";
    static final HigherIsBetterRule INSTANCE = new HigherIsBetterRule(ID);

    /** @param id the id printed in formulas: R-SCO-3, or R-SCO-5 when {@link EqualTargetRule} delegates here */
    HigherIsBetterRule(String id) {
        super(id, Operator.GE);
    }

    @Override
    public boolean met(Ratio target, Ratio actual) {
        return actual.compareTo(target) >= 0;
    }

    @Override
    Ratio missedShare(Ratio target, Ratio actual) {
        return actual.signum() <= 0 ? Ratio.ZERO : actual.divide(target);
    }

    @Override
    String missedFormula(Ratio weight, Ratio target, Ratio actual) {
        if (actual.signum() <= 0) {
            return QuantitativeRule.nothing(id(), actual + " ≤ 0");
        }
        return QuantitativeRule.share(
                id(), weight + " × " + actual + " / " + target, weight.multiply(missedShare(target, actual)));
    }
}
