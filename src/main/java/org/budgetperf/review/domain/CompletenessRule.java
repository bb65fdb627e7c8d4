package org.budgetperf.review.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-REV-1 Completeness</b> (severity ERROR).
 *
 * <p>Statement: the table says who, for which year, with how much money and for what: department name,
 * fiscal year, the four main amounts, the overall goal, at least one key task and at least one indicator,
 * and every indicator row has a 三级 name.
 *
 * <p>Check, one FAIL per missing part:
 * <ul>
 *   <li>{@code departmentName} blank;</li>
 *   <li>{@code fiscalYear} null;</li>
 *   <li>{@code amounts.basicExpenditure} (基本支出), {@code amounts.projectExpenditure} (项目支出),
 *       {@code amounts.fiscalAppropriation} (财政拨款), {@code amounts.otherFunds} (其他资金) null. Blank is
 *       not zero: 0.00 is filled, null is missing;</li>
 *   <li>{@code overallGoalHtml} null or without text (only tags, character references, white space);</li>
 *   <li>{@code tasks}: no task of kind KEY;</li>
 *   <li>{@code indicators}: no indicator row other than placeholders (no name and no value);</li>
 *   <li>{@code indicators[i].name}: a row with a value but no 三级 name.</li>
 * </ul>
 *
 * <p>Source: domain.md §1 (the fields, "blank is not zero"), §4.2 R-REV-1.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Only the four main amounts are required. The development block (财政专项资金, 其他事业发展性支出)
 *       and the split by budget level (市本级使用资金, 拟用于对下转移支付资金) are left blank by the Zhanjiang
 *       tables and partly by Dongguan; the reconciliation rules already report them (R-BUD-2
 *       NOT_VERIFIABLE), and requiring them would block every real table for a cell the form treats as
 *       optional.</li>
 *   <li>财政供养人员数 and 下属二级单位数 are not required by rule set 2026.1 (not named in §4.2).</li>
 *   <li>A value without a 三级 name is incomplete (nothing says what is measured); a row without name and
 *       values is a placeholder and ignored, as the empty 二级 rows of the real forms are.</li>
 * </ul>
 */
public final class CompletenessRule extends ReviewRule {

    /** The required amounts: JSON property, form label, English label, getter. */
    private record Amount(String property, String zh, String en, Function<BudgetAmounts, BigDecimal> getter) {}

    private static final List<Amount> REQUIRED_AMOUNTS = List.of(
            new Amount("basicExpenditure", "基本支出", "basic spending", BudgetAmounts::basicExpenditure),
            new Amount("projectExpenditure", "项目支出", "project spending", BudgetAmounts::projectExpenditure),
            new Amount("fiscalAppropriation", "财政拨款", "fiscal appropriation", BudgetAmounts::fiscalAppropriation),
            new Amount("otherFunds", "其他资金", "other funds", BudgetAmounts::otherFunds));

    public CompletenessRule() {
        super("R-REV-1", Severity.ERROR);
    }

    @Override
    public List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        List<ReviewFinding> found = new ArrayList<>();
        if (Texts.isBlank(table.departmentName())) {
            found.add(failure("departmentName", "部门名称为空。", "The department name is blank."));
        }
        if (table.fiscalYear() == null) {
            found.add(failure("fiscalYear", "年度为空。", "The fiscal year is blank."));
        }
        for (Amount amount : REQUIRED_AMOUNTS) {
            if (amount.getter.apply(table.amounts()) == null) {
                found.add(failure(
                        "amounts." + amount.property,
                        amount.zh + "为空白（空白不等于 0；如无此项资金请填 0.00）。",
                        "The amount " + amount.en + " (" + amount.zh + ") is blank (blank is not zero; write 0.00 if"
                                + " there is none)."));
            }
        }
        if (Texts.isBlankHtml(table.overallGoalHtml())) {
            found.add(failure("overallGoalHtml", "总体绩效目标为空。", "The overall goal is blank."));
        }
        if (table.tasks().stream().noneMatch(t -> t.kind() == TaskKind.KEY)) {
            found.add(failure(
                    "tasks", "没有年度重点工作任务，至少需填写一项。", "There is no key task (年度重点工作任务); at least one is required."));
        }
        List<IndicatorLine> lines = table.indicators();
        if (lines.stream().allMatch(ReviewedIndicator::isPlaceholder)) {
            found.add(failure(
                    "indicators",
                    "没有绩效指标，至少需填写一项三级指标。",
                    "There is no performance indicator; at least one 三级 indicator is required."));
        }
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            if (Texts.isBlank(line.name()) && !ReviewedIndicator.isPlaceholder(line)) {
                String value = Texts.isBlank(line.annualValue()) ? line.periodValue() : line.annualValue();
                found.add(indicatorFailure(
                        i,
                        "name",
                        "第 " + (i + 1) + " 条指标（" + orBlank(line.level1(), "空") + "/" + orBlank(line.level2(), "空")
                                + "，指标值" + Texts.q(value) + "）没有三级指标名称。",
                        "Indicator " + (i + 1) + " (" + orBlank(line.level1(), "blank") + "/"
                                + orBlank(line.level2(), "blank") + ", value " + Texts.sq(value)
                                + ") has no 三级 name."));
            }
        }
        return orPass(
                found,
                "表头、四项主要金额、总体绩效目标、重点工作任务和绩效指标均已填写。",
                "Header, the four main amounts, overall goal, key tasks and indicators are filled in.");
    }

    private static String orBlank(String s, String blank) {
        return Texts.isBlank(s) ? blank : s.strip();
    }
}
