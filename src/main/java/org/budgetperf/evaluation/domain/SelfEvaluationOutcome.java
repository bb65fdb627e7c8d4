package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The scored self-evaluation.
 *
 * <p>Rounding: every score shown is rounded half-up to 2 decimals once, from its exact value. Group subtotals and
 * the total are the exact sums rounded once — not sums of rounded lines — so the displayed lines may differ from
 * the displayed total by a few 0.01; {@code unroundedScore} / {@code unroundedTotal} show the exact figures that
 * add up. (Yuzhong 2021 has no such difference: all its scores terminate within 2 decimals.)
 *
 * @param ruleSetVersion {@link SelfEvaluationRuleSet#VERSION}
 * @param weightsVersion {@link ScoringWeights#version()} (the weight set's version when scored under a set)
 * @param weightSet the code of the {@link WeightSet} scored under; null when scored under bare weights
 * @param indicators one line per indicator of the table, in table order (placeholder rows left out)
 * @param groups one subtotal per group that has a weight or indicators, in {@link ScoringGroup} order
 * @param budgetExecution the 预算执行率 line (R-SCO-2)
 * @param total Σ exact indicator scores + 预算执行率 score, rounded half-up to 2 decimals once
 * @param unroundedTotal the exact total (6 decimals and "…" when it does not terminate)
 * @param grade R-SCO-7 grade of {@code total}: 优, 良, 中 or 差
 * @param unscoredGroups the 一级 names of weighted groups without any indicator: their points are not earned
 * @param missing explanations the rules require and the input lacks (R-SCO-2 reason, R-SCO-8)
 * @param invalid figures that could not be used (unreadable actuals, scores outside the band, blank budget …)
 * @param tasks per task: funds, execution rate and the scores of its indicators
 */
public record SelfEvaluationOutcome(
        String ruleSetVersion,
        String weightsVersion,
        String weightSet,
        List<IndicatorScore> indicators,
        List<GroupScore> groups,
        BudgetExecutionScore budgetExecution,
        BigDecimal total,
        String unroundedTotal,
        String grade,
        List<String> unscoredGroups,
        List<MissingExplanation> missing,
        List<InvalidInput> invalid,
        List<TaskSummary> tasks)
        implements EvaluationOutcome {

    public SelfEvaluationOutcome {
        indicators = List.copyOf(indicators);
        groups = List.copyOf(groups);
        unscoredGroups = List.copyOf(unscoredGroups);
        missing = List.copyOf(missing);
        invalid = List.copyOf(invalid);
        tasks = List.copyOf(tasks);
    }

    /** The subtotal of a group, if the outcome lists it. */
    public Optional<GroupScore> group(ScoringGroup group) {
        return groups.stream().filter(g -> g.group() == group).findFirst();
    }
}
