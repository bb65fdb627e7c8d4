package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;

/**
 * The actual value of one indicator in a self-evaluation.
 *
 * @param indicatorIndex index into the table's indicator list
 * @param actual 全年完成值: a number in the indicator's unit ({@code 49358}, {@code 49358人}, {@code 95%}, or
 *     {@code 95} for a percentage target), or 达成 / 部分达成 / 未达成 for a qualitative indicator (see
 *     docs/rules.md for the other wordings accepted)
 * @param qualitativeScorePercent for a qualitative indicator: the evaluator's score in % of the weight, which
 *     must lie in the result's band (R-SCO-6); ignored for quantitative indicators
 * @param deviationExplanation 偏差原因分析及改进措施; required when the target is missed or exceeded by ≥ 30 % (R-SCO-8)
 * @throws IllegalArgumentException when the percentage has more than 30 integer digits or 20 decimals
 */
public record IndicatorActual(
        int indicatorIndex, String actual, BigDecimal qualitativeScorePercent, String deviationExplanation) {

    public IndicatorActual {
        Figures.requireReasonable(qualitativeScorePercent, "qualitativeScorePercent");
    }
}
