package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;

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
        String shortfallReason) {}
