package org.budgetperf.review.domain;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.budget.indicator.domain.ValueKind;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-VAL-5 Satisfaction targets are percentages within 0–100 %</b> (severity ERROR for impossible
 * values, WARNING otherwise).
 *
 * <p>Statement: a satisfaction indicator (一级, 二级 or 三级 name containing 满意) states the share of
 * satisfied respondents as a percentage between 0 and 100, as a lower bound.
 *
 * <p>Check, per filled value (blank and deferred values are R-VAL-3's), target
 * {@code indicators[i].periodValue} / {@code .annualValue}:
 * <ul>
 *   <li>ERROR: PERCENT below 0 or above 100 (impossible); a unit-less number in (0, 1] (a fraction, as in
 *       R-VAL-2; the message suggests ×100 %);</li>
 *   <li>WARNING: not a percentage (a grade such as 优, text, a number with another unit or none);
 *       a percentage with ≤ or &lt; (an upper bound caps satisfaction).</li>
 * </ul>
 * Values the parser already flagged FRACTION_FOR_RATE (e.g. 满意率 {@code 0.9}) are left to R-VAL-2.
 *
 * <p>Source: domain.md §4.2 ("satisfaction values outside 0–100 %"); the Guangdong framework's 一级
 * 满意度指标 / 二级 服务对象满意度指标 (§2); real values {@code ≥75%}, {@code ≧95%} (Zhanjiang).
 *
 * <p>Decisions: one rule with two severities. A satisfaction above 100 % or written as a fraction cannot
 * be monitored or scored as written, like R-VAL-2, so it blocks; a grade or a wording is a usable
 * (qualitative) target that is merely unusual for a survey result, so it informs. A PASS carries ERROR,
 * the rule's highest severity.
 */
public final class SatisfactionValueRule extends ValueRule {

    static final Severity UNUSUAL_SEVERITY = Severity.WARNING;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SatisfactionValueRule() {
        super(
                "R-VAL-5",
                Severity.ERROR,
                new Message(
                        "满意度指标值均为 0–100% 之间的百分比。", "Every satisfaction target is a percentage between 0 and 100 %."));
    }

    @Override
    boolean reviews(ReviewedIndicator indicator) {
        return indicator.isSatisfaction();
    }

    @Override
    Stream<ReviewFinding> review(ValueCell cell) {
        TargetValue v = cell.value();
        if (v.kind() == ValueKind.BLANK
                || v.kind() == ValueKind.NOT_A_TARGET
                || ReviewedIndicator.has(v, ValueFindingCode.FRACTION_FOR_RATE)) {
            return Stream.empty();
        }
        String whoZh = cell.zh("满意度");
        String whoEn = cell.en("satisfaction ");
        if (v.kind() == ValueKind.PERCENT && v.number() != null) {
            if (v.number().signum() < 0 || v.number().compareTo(HUNDRED) > 0) {
                return Stream.of(finding(
                        cell,
                        whoZh + "超出 0–100% 的范围，满意度不可能达到。",
                        whoEn + " is outside 0–100 %: no satisfaction rate can reach it."));
            }
            if (v.operator() == Operator.LE || v.operator() == Operator.LT) {
                return Stream.of(finding(
                        UNUSUAL_SEVERITY,
                        cell,
                        whoZh + "是上限（" + v.operator().symbol() + "）；满意度目标应为下限，如 ≥" + Texts.plain(v.number()) + "%。",
                        whoEn + " is an upper bound (" + v.operator().symbol() + "); a satisfaction target is a lower"
                                + " bound, e.g. ≥" + Texts.plain(v.number()) + "%."));
            }
            return Stream.empty();
        }
        if (v.kind() == ValueKind.NUMERIC
                && v.unit() == null
                && v.number() != null
                && v.number().signum() > 0
                && v.number().compareTo(BigDecimal.ONE) <= 0) {
            String percent = RateFractionRule.asPercent(v);
            return Stream.of(finding(
                    cell,
                    whoZh + "是小数，可能是 Excel 中的 " + percent + "。请改为 " + percent + "。",
                    whoEn + " is a fraction, probably Excel's " + percent + ". Write " + percent + "."));
        }
        return Stream.of(finding(
                UNUSUAL_SEVERITY,
                cell,
                whoZh + "不是百分比。满意度一般以调查的满意率表示（如 ≥90%），便于监控和评分。",
                whoEn + " is not a percentage. Satisfaction is normally stated as the surveyed share of satisfied"
                        + " respondents (e.g. ≥90%), which can be monitored and scored."));
    }
}
