package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueKind;

/**
 * <b>R-MON-2 Indicator progress</b> (双监控: target progress).
 *
 * <p>Statement: each indicator reports the value expected at year end; an indicator expected to miss its
 * (annual) target is behind and needs a cause AND a corrective measure.
 *
 * <p>Formula: the expected value is scored like an actual value by R-SCO-3 (≥, &gt;), R-SCO-4 (≤, &lt;) or R-SCO-5
 * (=) with a weight of 100, giving p = the % of the weight it would earn. Met (p = 100) → GREEN; p ≥ yellow (80)
 * → YELLOW; below → RED. So for ≥ 39500人 an expected 36000 is 91.14 % → YELLOW, 30000 is 75.95 % → RED; for
 * ≤ 32个 an expected 35 is 90.63 % → YELLOW. Qualitative: 达成 GREEN, 部分达成 YELLOW, 未达成 RED. Every YELLOW
 * or RED indicator without a cause, or without a measure, is a {@link MissingExplanation} naming the indicator
 * (number and name) and the field.
 *
 * <p>Using the scoring formulas keeps monitoring and self-evaluation consistent: the light says what the
 * indicator would score if the year ended as expected. p is judged as shown (2 decimals).
 *
 * <p>Source: domain.md §4.3 R-MON-2.
 */
public final class IndicatorProgressRule {

    public static final String ID = "R-MON-2";

    /** One indicator's light and what it lacks. */
    record Result(IndicatorLight light, List<MissingExplanation> missing, List<InvalidInput> invalid) {}

    /**
     * @param position the progress entry's position in the input list, for JSON paths; -1 when there is none
     * @param progress null when the report has no entry for the indicator
     */
    Result evaluate(
            int index, IndicatorLine line, int position, IndicatorProgress progress, MonitoringThresholds thresholds) {
        TargetValue target = TargetValueParser.parse(line.annualValue(), line.name());
        List<MissingExplanation> missing = new ArrayList<>();
        List<InvalidInput> invalid = new ArrayList<>();
        String name = line.name();
        if (progress == null) {
            invalid.add(new InvalidInput(
                    ID,
                    "indicators",
                    index,
                    name,
                    null,
                    Figures.indicatorZh(index, name) + "没有报告进度（年末预计值）。",
                    Figures.indicatorEn(index, name) + " has no progress (expected year-end value) in the report."));
            return new Result(
                    light(index, line, target, null, null, Light.NOT_COMPUTABLE, "R-MON-2: no progress reported", null),
                    missing,
                    invalid);
        }
        String path = "indicators[" + position + "]";
        if (!target.isQuantitative() && target.kind() != ValueKind.QUALITATIVE && target.kind() != ValueKind.GRADE) {
            invalid.add(new InvalidInput(
                    ID,
                    path,
                    index,
                    name,
                    line.annualValue(),
                    Figures.indicatorZh(index, name) + "没有可比较的年度指标值（"
                            + (line.annualValue() == null ? "空白" : "“" + line.annualValue() + "”") + "）。",
                    Figures.indicatorEn(index, name) + " has no annual target to compare with ("
                            + (line.annualValue() == null ? "blank" : "'" + line.annualValue() + "'") + ")."));
            return new Result(
                    light(
                            index,
                            line,
                            target,
                            progress,
                            null,
                            Light.NOT_COMPUTABLE,
                            ID + ": no target to compare with",
                            null),
                    missing,
                    invalid);
        }
        ActualReading.Reading reading = ActualReading.read(target, progress.expectedYearEnd(), name);
        if (!reading.usable()) {
            invalid.add(new InvalidInput(
                    ID,
                    path + ".expectedYearEnd",
                    index,
                    name,
                    progress.expectedYearEnd(),
                    Figures.indicatorZh(index, name) + "的年末预计值" + reading.problemZh() + "。",
                    Figures.indicatorEn(index, name) + ": expected year-end value " + reading.problemEn() + "."));
            return new Result(
                    light(
                            index,
                            line,
                            target,
                            progress,
                            null,
                            Light.NOT_COMPUTABLE,
                            ID + ": expected year-end value not usable",
                            null),
                    missing,
                    invalid);
        }
        Light light;
        BigDecimal percent = null;
        String formula;
        if (reading.kind() == ActualReading.Kind.RESULT) {
            light = reading.result().light();
            formula = ID + ": " + reading.result().label() + " → " + light;
        } else {
            QuantitativeRule rule = QuantitativeRule.forOperator(target.operator());
            Ratio t = Ratio.of(target.number());
            Ratio e = Ratio.of(reading.number());
            percent = Figures.two(rule.fraction(t, e).multiply(Ratio.HUNDRED));
            if (rule.met(t, e)) {
                light = Light.GREEN;
                formula = ID + " by " + rule.id() + ": expected " + e + " meets " + target.normalized() + " → GREEN";
            } else {
                light = percent.compareTo(thresholds.yellow()) >= 0 ? Light.YELLOW : Light.RED;
                formula = ID + " by " + rule.formula(Ratio.HUNDRED, t, e) + " % of the target; "
                        + percent.toPlainString() + (light == Light.YELLOW ? " ≥ " : " < ")
                        + Figures.text(thresholds.yellow()) + " → " + light;
            }
        }
        if (light.isBehind()) {
            String state = ExecutionLightRule.lightZh(light);
            if (Figures.isBlank(progress.cause())) {
                missing.add(new MissingExplanation(
                        ID,
                        path + ".cause",
                        index,
                        name,
                        Figures.indicatorZh(index, name) + "预计年末" + describeZh(target, progress) + "，" + state
                                + "，须说明原因。",
                        Figures.indicatorEn(index, name) + " is expected to miss its target ("
                                + describeEn(target, progress) + ", " + light + "): a cause is required."));
            }
            if (Figures.isBlank(progress.measure())) {
                missing.add(new MissingExplanation(
                        ID,
                        path + ".measure",
                        index,
                        name,
                        Figures.indicatorZh(index, name) + "预计年末" + describeZh(target, progress) + "，" + state
                                + "，须提出改进措施。",
                        Figures.indicatorEn(index, name) + " is expected to miss its target ("
                                + describeEn(target, progress) + ", " + light
                                + "): a corrective measure is required."));
            }
        }
        return new Result(
                light(index, line, target, progress, percent, light, formula, reading.note()), missing, invalid);
    }

    private static String describeZh(TargetValue target, IndicatorProgress progress) {
        return "“" + progress.expectedYearEnd().strip() + "”，目标“" + target.raw().strip() + "”";
    }

    private static String describeEn(TargetValue target, IndicatorProgress progress) {
        return "expected '" + progress.expectedYearEnd().strip() + "' against '"
                + target.raw().strip() + "'";
    }

    private static IndicatorLight light(
            int index,
            IndicatorLine line,
            TargetValue target,
            IndicatorProgress progress,
            BigDecimal percent,
            Light light,
            String formula,
            String note) {
        return new IndicatorLight(
                index,
                line.name(),
                line.level1(),
                line.taskIndex(),
                target,
                progress == null ? null : progress.valueToDate(),
                progress == null ? null : progress.expectedYearEnd(),
                percent,
                light,
                ID,
                formula,
                progress == null ? null : progress.cause(),
                progress == null ? null : progress.measure(),
                note);
    }
}
