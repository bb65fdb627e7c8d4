package org.budgetperf.review.domain;

import java.util.Optional;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-VAL-1 Values follow the grammar</b> (severity WARNING).
 *
 * <p>Statement: a target value is written as the grammar of domain.md §3 expects: no stray characters,
 * no text that only looks like a number, no range where one target is meant.
 *
 * <p>Check: for each indicator's 实施周期指标值 and 年度指标值, one FAIL per parser finding
 * {@code MALFORMED} ({@code %≥95%}, read as ≥95%), {@code UNPARSED_TEXT} ({@code 1:1:1}, {@code ≥优},
 * two comparisons; kept as text) or {@code RANGE} ({@code 90%-95%}, read as ≥ the lower bound); target
 * {@code indicators[i].periodValue} / {@code .annualValue}.
 *
 * <p>Source: domain.md §3 (the grammar; "{@code %≥95%}: parse as ≥ 95 %, and flag it for review"), §4.2.
 *
 * <p>Decisions: a WARNING, not an ERROR. For MALFORMED the intended value is unambiguous and already
 * read correctly; for RANGE the lower bound is the usual meaning; UNPARSED_TEXT is kept as a
 * qualitative target, which the self-evaluation can still score by band (R-SCO-6). Each should be
 * corrected, none makes the target meaningless (contrast R-VAL-2 and R-VAL-3).
 */
public final class ValueFormatRule extends ParserFindingRule {

    public ValueFormatRule() {
        super("R-VAL-1", Severity.WARNING, new Message("所有指标值格式规范，均可解析。", "Every target value follows the grammar."));
    }

    @Override
    Optional<ReviewFinding> explain(ValueCell cell, ValueFindingCode code) {
        TargetValue v = cell.value();
        return switch (code) {
            case MALFORMED ->
                Optional.of(finding(
                        cell,
                        cell.zh() + "格式不规范，按 " + v.normalized() + " 理解，请改为 " + v.normalized() + "。",
                        cell.en() + " is malformed; it is read as " + v.normalized() + ". Please write "
                                + v.normalized() + "."));
            case UNPARSED_TEXT ->
                Optional.of(finding(
                        cell,
                        cell.zh() + "看似数值，但不符合“运算符+数值+单位”的写法（或含多个比较值），只能按文字处理，无法按数值评分。" + "请写成单一目标值（如 ≥95%）或改为定性描述。",
                        cell.en() + " looks like a value but does not follow 'operator + number + unit' (or holds"
                                + " several comparisons); it is kept as text and cannot be scored as a number."
                                + " Write one target (e.g. ≥95%) or a qualitative statement."));
            case RANGE ->
                Optional.of(finding(
                        cell,
                        cell.zh() + "是区间，按下限 " + v.normalized() + " 理解，上限未采用。请确认方向并填写单一目标值。",
                        cell.en() + " is a range; it is read as " + v.normalized()
                                + " and the upper bound is ignored. Please confirm the direction and write a single"
                                + " target."));
            default -> Optional.empty();
        };
    }
}
