package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
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
public final class NotATargetRule implements ReviewRule {

    public static final String ID = "R-VAL-3";
    static final Severity SEVERITY = Severity.ERROR;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        List<ReviewFinding> found = new ArrayList<>();
        ReviewedIndicator.forEachValue(table, (ind, column, v) -> {
            if (v.kind() == ValueKind.NOT_A_TARGET) {
                found.add(Findings.indicator(
                        ID,
                        SEVERITY,
                        ind.index(),
                        column.property,
                        ind.zh() + "的" + column.zh + Texts.q(v.raw()) + "没有给出目标值。绩效目标应量化，"
                                + "无法量化的应采用分级定性表述（财预〔2011〕285号）；请填写具体目标值。",
                        "The " + column.en + " " + Texts.sq(v.raw()) + " of " + ind.en() + " defers the target"
                                + " instead of stating one. Targets must be quantified, or else stated as graded"
                                + " qualitative wording (财预〔2011〕285号); please state the target."));
            } else if (column == ValueColumn.ANNUAL && v.kind() == ValueKind.BLANK) {
                found.add(Findings.indicator(
                        ID,
                        SEVERITY,
                        ind.index(),
                        column.property,
                        ind.zh() + "的年度指标值为空，没有目标值。",
                        "The annual value of " + ind.en() + " is blank: the indicator has no target."));
            }
        });
        return Findings.orPass(
                found,
                ID,
                SEVERITY,
                "每项指标都有年度指标值，且均给出了目标。",
                "Every indicator states an annual target and none defers it.");
    }
}
