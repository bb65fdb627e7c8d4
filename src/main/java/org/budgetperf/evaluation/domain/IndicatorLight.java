package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import org.budgetperf.budget.indicator.domain.TargetValue;

/**
 * The monitoring light of one indicator (R-MON-2).
 *
 * @param indicatorIndex index into the table's indicator list
 * @param name 三级指标
 * @param level1 一级指标 as written
 * @param taskIndex the task the indicator measures, null when none
 * @param target the 年度指标值, as written ({@code target.raw()}) and as parsed
 * @param valueToDate as reported
 * @param expectedYearEnd as reported
 * @param expectedPercentOfTarget for quantitative indicators: the share of the weight the expected value would
 *     earn by R-SCO-3…5, in %, rounded half-up to 2 decimals (100 when met); null otherwise
 * @param light GREEN when the target is expected to be met (达成), YELLOW/RED when behind (see
 *     {@link MonitoringThresholds}), NOT_COMPUTABLE when there is no target or no usable expected value
 * @param ruleId {@code R-MON-2}
 * @param formula how the light was reached, with the figures
 * @param cause as reported
 * @param measure as reported
 * @param note how an expected value was read, when that is not evident; null otherwise
 */
public record IndicatorLight(
        int indicatorIndex,
        String name,
        String level1,
        Integer taskIndex,
        TargetValue target,
        String valueToDate,
        String expectedYearEnd,
        BigDecimal expectedPercentOfTarget,
        Light light,
        String ruleId,
        String formula,
        String cause,
        String measure,
        String note) {}
