package org.budgetperf.review.domain;

import java.util.stream.Stream;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.ValueKind;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-VAL-3 Every indicator states a target</b> (severity ERROR).
 *
 * <p>Statement: each indicator has a 年度指标值, and no value defers the target instead of stating it.
 *
 * <p>Check, target {@code indicators[i].periodValue} / {@code .annualValue}:
 * <ul>
 *   <li>a value the parser classifies {@code NOT_A_TARGET} ({@code 根据下达任务目标要求确定}, {@code 以…为准},
 *       {@code 待定}, {@code /}), in either column;</li>
 *   <li>a blank 年度指标值 (placeholders excepted).</li>
 * </ul>
 *
 * <p>Source: domain.md §3 ("{@code 根据下达任务目标要求确定}: not a target at all: review must flag it");
 * 财预〔2011〕285号 (targets are quantified where possible, else stated as graded qualitative wording);
 * Zhanjiang 2023 E20, E21, E29, E30.
 *
 * <p>Decisions:
 * <ul>
 *   <li>ERROR: a table is approved against its targets, monitored against them (R-MON-2) and scored
 *       against them (R-SCO-3..6). A deferred or missing target leaves nothing to approve, monitor or
 *       score; qualitative wording would at least be a target.</li>
 *   <li>The 实施周期指标值 may be blank: one-column forms (Zhanjiang) have none, and domain.md §1 lets
 *       either value be absent in storage. The 年度指标值 may not: it is what this year's budget is
 *       approved and evaluated against.</li>
 * </ul>
 */
public final class NotATargetRule extends ValueRule {

    public NotATargetRule() {
        super(
                "R-VAL-3",
                Severity.ERROR,
                new Message("每项指标都有年度指标值，且均给出了目标。", "Every indicator states an annual target and none defers it."));
    }

    @Override
    Stream<ReviewFinding> review(ValueCell cell) {
        TargetValue v = cell.value();
        if (v.kind() == ValueKind.NOT_A_TARGET) {
            return Stream.of(finding(
                    cell,
                    cell.zh() + "没有给出目标值。绩效目标应量化，无法量化的应采用分级定性表述（财预〔2011〕285号）；请填写具体目标值。",
                    cell.en()
                            + " defers the target instead of stating one. Targets must be quantified, or else stated as"
                            + " graded qualitative wording (财预〔2011〕285号); please state the target."));
        }
        if (cell.column() == ValueColumn.ANNUAL && v.kind() == ValueKind.BLANK) {
            ReviewedIndicator ind = cell.indicator();
            return Stream.of(finding(
                    cell,
                    ind.zh() + "的年度指标值为空，没有目标值。",
                    "The annual value of " + ind.en() + " is blank: the indicator has no target."));
        }
        return Stream.empty();
    }
}
