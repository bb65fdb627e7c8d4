package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A self-evaluation (绩效自评) as the rules read it (domain.md §4.4).
 *
 * @param adjustedBudget 元, the budget execution is measured against (全年预算数: 上年结转 + 年初预算 + 本年追加追减,
 *     as the Yuzhong form defines it); null = blank
 * @param spent 元 spent in the year (全年执行数); null = blank
 * @param executionShortfallReason why execution is below 90 %; required then (R-SCO-2)
 * @param actuals one entry per indicator
 * @param tasks actual spending per task; tasks without an entry show no execution rate
 * @throws IllegalArgumentException when an amount has more than 30 integer digits or 20 decimals
 */
public record SelfEvaluationInput(
        BigDecimal adjustedBudget,
        BigDecimal spent,
        String executionShortfallReason,
        List<IndicatorActual> actuals,
        List<TaskActual> tasks) {

    public SelfEvaluationInput {
        Figures.requireReasonable(adjustedBudget, "adjustedBudget");
        Figures.requireReasonable(spent, "spent");
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** A self-evaluation without task spending. */
    public SelfEvaluationInput(
            BigDecimal adjustedBudget,
            BigDecimal spent,
            String executionShortfallReason,
            List<IndicatorActual> actuals) {
        this(adjustedBudget, spent, executionShortfallReason, actuals, List.of());
    }
}
