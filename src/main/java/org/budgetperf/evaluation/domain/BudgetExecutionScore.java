package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 预算执行率 line (R-SCO-2).
 *
 * @param adjustedBudget 元; null when blank
 * @param spent 元; null when blank
 * @param ratePercent spent / adjusted budget × 100, rounded half-up to 2 decimals; null when not computable
 * @param weight the 预算执行率 weight
 * @param deductedPoints points deducted (1 per 5 % or part of it below 90 %); null when not computable
 * @param score max(0, weight − deducted points); 0.00 when not computable
 * @param ruleId {@code R-SCO-2}
 * @param formula the computation with the figures
 * @param shortfallReason as given
 * @param indicatorIndex the table's 预算执行率 indicator this line stands for (scored here once, R-SCO-2), null when
 *     the table has none
 * @param notes what a person should know: the weight set, a typed rate that disagrees with the amounts
 */
public record BudgetExecutionScore(
        BigDecimal adjustedBudget,
        BigDecimal spent,
        BigDecimal ratePercent,
        BigDecimal weight,
        Integer deductedPoints,
        BigDecimal score,
        String ruleId,
        String formula,
        String shortfallReason,
        Integer indicatorIndex,
        List<String> notes) {

    public BudgetExecutionScore {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The same line, standing for a table indicator and with notes. */
    BudgetExecutionScore with(Integer indicator, List<String> lineNotes) {
        return new BudgetExecutionScore(
                adjustedBudget,
                spent,
                ratePercent,
                weight,
                deductedPoints,
                score,
                ruleId,
                formula,
                shortfallReason,
                indicator,
                lineNotes);
    }
}
