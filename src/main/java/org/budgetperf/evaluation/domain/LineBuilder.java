package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.indicator.domain.TargetValue;

/** Assembles one {@link IndicatorScore} of the self-evaluation rule set, with its exact figures. */
final class LineBuilder {

    /** A scored line with its exact figures. */
    record ScoredLine(IndicatorScore score, Ratio exactWeight, Ratio exactScore) {}

    private final int index;
    private final IndicatorLine line;
    private final ScoringGroup group;
    private final TargetValue target;
    private final String actual;
    private final BigDecimal percent;
    private final String explanation;
    private final List<String> notes;
    private Ratio weight;
    private String weightFormula;

    LineBuilder(
            int index,
            IndicatorLine line,
            ScoringGroup group,
            TargetValue target,
            String actual,
            BigDecimal percent,
            String explanation,
            List<String> notes) {
        this.index = index;
        this.line = line;
        this.group = group;
        this.target = target;
        this.actual = actual;
        this.percent = percent;
        this.explanation = explanation;
        this.notes = notes;
    }

    void weight(Ratio w, String formula) {
        this.weight = w;
        this.weightFormula = formula;
    }

    ScoredLine unscored(String ruleId, QualitativeResult result, String formula) {
        weightFormula = formula.startsWith(IndicatorWeightsRule.ID) ? formula : weightFormula;
        return build(ruleId, formula, Ratio.ZERO, null, result);
    }

    ScoredLine standsFor(String formulaOfWeight, String formula, Boolean met) {
        weightFormula = formulaOfWeight;
        return build(BudgetExecutionRule.ID, formula, Ratio.ZERO, met, null);
    }

    ScoredLine zero(String ruleId, String why) {
        return build(ruleId, why, Ratio.ZERO, null, null);
    }

    ScoredLine scored(String ruleId, String formula, Ratio score, boolean met, QualitativeResult result) {
        return build(ruleId, formula, score, met, result);
    }

    private ScoredLine build(String ruleId, String formula, Ratio score, Boolean met, QualitativeResult result) {
        Ratio w = weight == null ? Ratio.ZERO : weight;
        IndicatorScore s = new IndicatorScore(
                index,
                line.name(),
                line.level1(),
                line.level2(),
                group,
                line.taskIndex(),
                target,
                actual,
                result,
                percent,
                Figures.two(w),
                weightFormula,
                ruleId,
                formula,
                Figures.two(score),
                score.text(),
                met,
                explanation,
                notes);
        return new ScoredLine(s, weight, score);
    }
}
