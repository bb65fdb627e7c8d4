package org.budgetperf.budget.indicator.domain;

/**
 * How a target value was set (指标值确定依据), the four standards of 财预〔2021〕101号 《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》.
 */
public enum ValueBasis {
    /** 计划标准: a plan, a task assigned by a higher authority, a development programme. */
    PLAN,
    /** 行业标准: a national, industry or local standard. */
    INDUSTRY,
    /** 历史标准: what was achieved in past years. */
    HISTORY,
    /** 预算支出标准: the expenditure standard of the budget (成本指标). */
    COST
}
