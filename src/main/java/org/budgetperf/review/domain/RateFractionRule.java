package org.budgetperf.review.domain;

import java.util.stream.Stream;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-VAL-2 Rates are percentages, not fractions</b> (severity ERROR).
 *
 * <p>Statement: a rate indicator (name ending in 率, 比例, 占比 or 比重) states its target in %, not as a
 * unit-less fraction.
 *
 * <p>Check: one FAIL per value with the parser finding {@code FRACTION_FOR_RATE} (a unit-less number in
 * (0, 1] on a rate indicator), target {@code indicators[i].periodValue} / {@code .annualValue}; the message
 * suggests the percentage (×100, operator kept: {@code 1} → 100%, {@code ≥0.9} → ≥90%).
 *
 * <p>Source: domain.md §3 ("{@code 1} on a rate indicator: Excel's 100%: flag, suggest 100%"); Zhanjiang
 * 2023 E24 and Zhanjiang 2024 E22.
 *
 * <p>Decisions: an ERROR, unlike a malformed value (R-VAL-1). The parser reads {@code 1} as the number 1
 * without unit — the department almost certainly meant 100 %, but it might mean 1 %, and a target stored
 * as "1" would be compared with an actual such as 98 % in monitoring and scoring, off by a factor of 100.
 * The table must not be approved with a target whose meaning is a guess; the fix is one cell.
 */
public final class RateFractionRule extends ValueRule {

    public RateFractionRule() {
        super("R-VAL-2", Severity.ERROR, new Message("比率类指标均以百分比填写。", "Every rate indicator states its target in %."));
    }

    @Override
    Stream<ReviewFinding> review(ValueCell cell) {
        TargetValue v = cell.value();
        if (!ReviewedIndicator.has(v, ValueFindingCode.FRACTION_FOR_RATE)) {
            return Stream.empty();
        }
        String percent = asPercent(v);
        ReviewedIndicator ind = cell.indicator();
        return Stream.of(finding(
                cell,
                "比率类" + ind.zh() + "的" + cell.column().zh + "填写了小数" + Texts.q(v.raw()) + "，可能是 Excel 中的 " + percent
                        + "。请改为 " + percent + "（如确指 " + Texts.plain(v.number()) + "%，请写明单位 %）。",
                cell.en("rate ") + " is a fraction, probably Excel's " + percent + ". Write " + percent + " (or "
                        + Texts.plain(v.number()) + "% if that is meant)."));
    }

    /** 1 → 100%, ≥0.9 → ≥90%. */
    static String asPercent(TargetValue v) {
        String op = v.operator() == null || v.operator() == Operator.EQ
                ? ""
                : v.operator().symbol();
        return op + Texts.plain(v.number().movePointRight(2)) + "%";
    }
}
