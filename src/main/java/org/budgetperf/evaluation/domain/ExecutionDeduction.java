package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * <b>R-SCO-2</b> How 预算执行率 loses points: full marks from {@code fullMarksRate} %, below it
 * {@code pointsPerStep} points for every {@code step} % (or part of it), down to 0. Part of a weight set: the national
 * rule and Yuzhong's form ("90%以上计满分,每低于5%扣1分，扣完为止") are both 90 / 5 / 1, other regions deduct otherwise.
 *
 * @param fullMarksRate rate in % from which the full weight is earned, 0 &lt; r ≤ 100
 * @param step width in % of one deduction step, &gt; 0
 * @param pointsPerStep points (not % of the weight) one step costs, ≥ 0
 * @throws IllegalArgumentException when a figure is outside its range
 */
public record ExecutionDeduction(BigDecimal fullMarksRate, BigDecimal step, BigDecimal pointsPerStep) {

    public ExecutionDeduction {
        Objects.requireNonNull(fullMarksRate, "fullMarksRate");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(pointsPerStep, "pointsPerStep");
        Figures.requireReasonable(fullMarksRate, "fullMarksRate");
        Figures.requireReasonable(step, "step");
        Figures.requireReasonable(pointsPerStep, "pointsPerStep");
        if (fullMarksRate.signum() <= 0 || fullMarksRate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidSetting(
                    "fullMarksRate must be > 0 and ≤ 100, is " + fullMarksRate.toPlainString(),
                    "满分执行率须大于 0 且不大于 100，现为 " + fullMarksRate.toPlainString());
        }
        if (step.signum() <= 0) {
            throw new InvalidSetting(
                    "step must be > 0, is " + step.toPlainString(), "扣分步长须大于 0，现为 " + step.toPlainString());
        }
        if (pointsPerStep.signum() < 0) {
            throw new InvalidSetting(
                    "pointsPerStep must be ≥ 0, is " + pointsPerStep.toPlainString(),
                    "每步扣分须不小于 0，现为 " + pointsPerStep.toPlainString());
        }
    }

    /** Full marks from 90 %, one point per 5 % below (财预〔2020〕10号 practice, Yuzhong 2021). */
    public static ExecutionDeduction defaults() {
        return new ExecutionDeduction(BigDecimal.valueOf(90), BigDecimal.valueOf(5), BigDecimal.ONE);
    }
}
