package org.budgetperf.budget.domain;

import java.util.List;

/**
 * A whole 部门整体预算绩效目标表 as plain values: what importers produce, exporters consume and the
 * reconciliation and review rules read. It carries no storage or HTTP types.
 *
 * @param departmentName 部门名称
 * @param fiscalYear 年度
 * @param periodStartYear first year of the implementation period (实施周期), null when the form has none
 * @param periodEndYear last year of the implementation period, null when the form has none
 * @param staffCount 财政供养人员数, null when blank
 * @param subordinateUnitCount 下属二级单位数, null when blank
 * @param amounts the eight money cells in 元
 * @param overallGoalHtml 总体绩效目标 as (sanitised) HTML paragraphs
 * @param tasks key tasks then other tasks, in form order
 * @param indicators 三级 indicators in form order
 */
public record TargetTable(
        String departmentName,
        Integer fiscalYear,
        Integer periodStartYear,
        Integer periodEndYear,
        Integer staffCount,
        Integer subordinateUnitCount,
        BudgetAmounts amounts,
        String overallGoalHtml,
        List<TaskLine> tasks,
        List<IndicatorLine> indicators) {

    public TargetTable {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        amounts = amounts == null ? BudgetAmounts.blank() : amounts;
    }
}
