package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.indicator.domain.TargetValue;

/**
 * One indicator's line of a self-evaluation: everything a person needs to recheck its score by hand.
 *
 * @param indicatorIndex index into the table's indicator list
 * @param name 三级指标
 * @param level1 一级指标 as written
 * @param level2 二级指标 as written
 * @param group the scoring group it counts in; null when its 一级/二级 say none (then it is not scored)
 * @param taskIndex the task it measures, null when none
 * @param target the 年度指标值 as written ({@code target.raw()}) and as parsed (operator, number, unit)
 * @param actual 全年完成值 as given
 * @param qualitativeResult 达成 / 部分达成 / 未达成 for a qualitative or grade indicator, else null
 * @param qualitativeScorePercent the evaluator's % of the weight as given (qualitative only)
 * @param weight the indicator's weight, rounded half-up to 2 decimals for display (the score uses the exact one)
 * @param weightFormula how the weight was found (R-SCO-1): given, split or scaled, with the figures
 * @param ruleId the scoring rule applied (R-SCO-3 … R-SCO-6), null when the line could not be scored
 * @param formula the computation with the figures, ending in the score, e.g. {@code R-SCO-3: 20 × 95 / 100 = 19.00}
 * @param score rounded half-up to 2 decimals, once
 * @param unroundedScore the exact score (or 6 decimals and "…" when it does not terminate)
 * @param targetMet whether the target was met; null when the line could not be judged
 * @param deviationExplanation as given
 * @param notes readings the rules made that a person should know of (e.g. "95" read as 95 %)
 */
public record IndicatorScore(
        int indicatorIndex,
        String name,
        String level1,
        String level2,
        ScoringGroup group,
        Integer taskIndex,
        TargetValue target,
        String actual,
        QualitativeResult qualitativeResult,
        BigDecimal qualitativeScorePercent,
        BigDecimal weight,
        String weightFormula,
        String ruleId,
        String formula,
        BigDecimal score,
        String unroundedScore,
        Boolean targetMet,
        String deviationExplanation,
        List<String> notes) {

    public IndicatorScore {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
