package org.budgetperf.budget.indicator.domain;

/**
 * What a target value (指标值) is, which decides how it is reviewed and scored. See
 * {@link TargetValueParser} for the grammar.
 */
public enum ValueKind {
    /** A number with an optional unit other than %, e.g. {@code ≥900篇}, {@code 5000万元}, {@code 50000}. */
    NUMERIC,
    /** A number whose unit is %, e.g. {@code ≥95%}, {@code 100%}. */
    PERCENT,
    /**
     * One of the four grade bands of R-SCO-7: 优/优秀, 良/良好, 中/中等, 差/较差. 合格/不合格 is deliberately
     * not a grade (it is a pass/fail statement, scored as 达成/未达成), so it is {@link #QUALITATIVE}.
     */
    GRADE,
    /** Text stating a qualitative target: 持续提升, 保持稳定, 合规, 项目成本不超预算, long sentences. */
    QUALITATIVE,
    /** Text that defers the target instead of stating one (根据下达任务目标要求确定, 以…为准, 待定, /). */
    NOT_A_TARGET,
    /** Null, empty or whitespace only. */
    BLANK
}
