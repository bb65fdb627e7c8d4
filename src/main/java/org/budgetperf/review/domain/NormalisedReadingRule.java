package org.budgetperf.review.domain;

import java.util.Optional;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-VAL-7 Readings the service made</b> (severity INFO).
 *
 * <p>Statement: where a value was written in a variant form and read as a canonical one, the reviewer
 * sees the reading, so that the department can bring the table to the canonical spelling.
 *
 * <p>Check: one FAIL (INFO, never blocking) per value with the parser finding
 * {@code OPERATOR_NORMALISED} (≧ ≦ ＞ ＜ ＝, &gt;=, 不低于, 以上 … read as ≥ ≤ &gt; &lt; =) or
 * {@code EMBEDDED_COMPARISON} (a sentence holding one comparison, {@code 举办≥2场创业就业沙龙…}, read as
 * ≥2场); target {@code indicators[i].periodValue} / {@code .annualValue}. The message gives the value as
 * written and its canonical reading ({@code TargetValue.normalized()}).
 *
 * <p>Source: domain.md §3 ("≧ ≦ ＝ ﹦ ＞ ＜ are the same operators as ≥ ≤ = &gt; &lt;"; the embedded
 * comparison is kept with the sentence and flagged); Zhanjiang 2023/2024 mix ≧ and ≥ in one column.
 *
 * <p>Decisions: INFO. The reading is certain for a variant operator and highly likely for a single
 * embedded comparison; nothing needs fixing before approval, but the table is clearer in canonical form,
 * and a reviewer should know that the score will use the extracted number. The rule stays silent on
 * canonical spellings, so a table that mixes ≧ and ≥ shows exactly the ≧ cells.
 */
public final class NormalisedReadingRule extends ParserFindingRule {

    public NormalisedReadingRule() {
        super("R-VAL-7", Severity.INFO, new Message("指标值均为规范写法。", "Every target value is written canonically."));
    }

    @Override
    Optional<ReviewFinding> explain(ValueCell cell, ValueFindingCode code) {
        String reading = cell.value().normalized();
        if (code == ValueFindingCode.OPERATOR_NORMALISED) {
            return Optional.of(finding(
                    cell,
                    cell.zh() + "使用了非标准的运算符写法，已按 " + reading + " 理解（规范写法）。",
                    cell.en() + " uses a variant operator; normalised to " + reading + "."));
        }
        if (code == ValueFindingCode.EMBEDDED_COMPARISON) {
            return Optional.of(finding(
                    cell,
                    cell.zh() + "是一句话，其中的比较值按 " + reading + " 理解，原文保留；可将指标值写为 " + reading + "，说明写入指标名称。",
                    cell.en() + " is a sentence; its comparison is read as " + reading
                            + " and the text is kept. Consider writing the value as " + reading
                            + " and moving the words into the indicator name."));
        }
        return Optional.empty();
    }
}
