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
        Reported reported = new Reported(index, line, target, progress);
        if (progress == null) {
            return reported.notComputable(
                    "indicators",
                    null,
                    ID + ": no progress reported",
                    "没有报告进度（年末预计值）。",
                    " has no progress (expected year-end value) in the report.");
        }
        String path = "indicators[" + position + "]";
        if (!target.isQuantitative() && target.kind() != ValueKind.QUALITATIVE && target.kind() != ValueKind.GRADE) {
            String annual = line.annualValue();
            return reported.notComputable(
                    path,
                    annual,
                    ID + ": no target to compare with",
                    "没有可比较的年度指标值（" + (annual == null ? "空白" : "“" + annual + "”") + "）。",
                    " has no annual target to compare with (" + (annual == null ? "blank" : "'" + annual + "'") + ").");
        }
        ActualReading.Reading reading = ActualReading.read(target, progress.expectedYearEnd(), line.name());
        if (!reading.usable()) {
            return reported.notComputable(
                    path + ".expectedYearEnd",
                    progress.expectedYearEnd(),
                    ID + ": expected year-end value not usable",
                    "的年末预计值" + reading.problemZh() + "。",
                    ": expected year-end value " + reading.problemEn() + ".");
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
        List<MissingExplanation> missing = new ArrayList<>();
        if (light.isBehind()) {
            String behindZh = "预计年末" + describeZh(target, progress) + "，" + ExecutionLightRule.lightZh(light) + "，";
            String behindEn = " is expected to miss its target (" + describeEn(target, progress) + ", " + light + "): ";
            if (Figures.isBlank(progress.cause())) {
                missing.add(reported.lacking(path + ".cause", behindZh + "须说明原因。", behindEn + "a cause is required."));
            }
            if (Figures.isBlank(progress.measure())) {
                missing.add(reported.lacking(
                        path + ".measure", behindZh + "须提出改进措施。", behindEn + "a corrective measure is required."));
            }
        }
        return new Result(reported.light(percent, light, formula, reading.note()), missing, List.of());
    }

    private static String describeZh(TargetValue target, IndicatorProgress progress) {
        return "“" + progress.expectedYearEnd().strip() + "”，目标“" + target.raw().strip() + "”";
    }

    private static String describeEn(TargetValue target, IndicatorProgress progress) {
        return "expected '" + progress.expectedYearEnd().strip() + "' against '"
                + target.raw().strip() + "'";
    }

    /**
     * One indicator with its target and its progress entry (null when the report has none); messages about it open
     * with its number and name ({@code 第 3 条指标“…”}, {@code indicator 3 '…'}).
     */
    private record Reported(int index, IndicatorLine line, TargetValue target, IndicatorProgress progress) {

        /** The indicator's light cannot be computed; the invalid input, about {@code field}, says why. */
        Result notComputable(String field, String value, String formula, String whyZh, String whyEn) {
            InvalidInput why = new InvalidInput(
                    ID,
                    field,
                    index,
                    line.name(),
                    value,
                    Figures.indicatorZh(index, line.name()) + whyZh,
                    Figures.indicatorEn(index, line.name()) + whyEn);
            return new Result(light(null, Light.NOT_COMPUTABLE, formula, null), List.of(), List.of(why));
        }

        /** The indicator is behind and lacks the text at {@code field}. */
        MissingExplanation lacking(String field, String whyZh, String whyEn) {
            return new MissingExplanation(
                    ID,
                    field,
                    index,
                    line.name(),
                    Figures.indicatorZh(index, line.name()) + whyZh,
                    Figures.indicatorEn(index, line.name()) + whyEn);
        }

        IndicatorLight light(BigDecimal percent, Light light, String formula, String note) {
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
}
