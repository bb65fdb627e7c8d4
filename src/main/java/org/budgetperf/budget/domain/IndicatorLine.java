package org.budgetperf.budget.domain;

import java.math.BigDecimal;

/**
 * One 三级 indicator row of the form, independent of storage. Values are kept exactly as written.
 *
 * @param level1 一级指标, e.g. 产出指标
 * @param level2 二级指标, e.g. 数量指标
 * @param name 三级指标
 * @param periodValue 实施周期指标值 as written, null when the form has no such column or it is blank
 * @param annualValue 年度指标值 (指标值 on one-column forms) as written, null when blank
 * @param weight optional weight used by the self-evaluation
 * @param taskIndex optional index into the table's task list this indicator measures
 */
public record IndicatorLine(
        String level1,
        String level2,
        String name,
        String periodValue,
        String annualValue,
        BigDecimal weight,
        Integer taskIndex) {}
