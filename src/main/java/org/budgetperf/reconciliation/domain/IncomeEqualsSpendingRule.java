package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.AmountField.BASIC_EXPENDITURE;
import static org.budgetperf.reconciliation.domain.AmountField.FISCAL_APPROPRIATION;
import static org.budgetperf.reconciliation.domain.AmountField.OTHER_DEVELOPMENT_EXPENDITURE;
import static org.budgetperf.reconciliation.domain.AmountField.OTHER_FUNDS;
import static org.budgetperf.reconciliation.domain.AmountField.PROJECT_EXPENDITURE;
import static org.budgetperf.reconciliation.domain.AmountField.SPECIAL_FUNDS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.TargetTable;

/**
 * <b>R-BUD-1 Income = spending</b> (severity ERROR).
 *
 * <p>Statement: the income sources must add up to the spending, under one of the two conventions
 * seen in real tables; the result names the convention that balanced.
 *
 * <p>Formula, with income = 财政拨款 + 其他资金:
 * <ul>
 *   <li>{@link SpendingConvention#BASIC_PLUS_PROJECT}: income = 基本支出 + 项目支出
 *       (Zhanjiang 2023: 82,800.92 = 10,596.35 + 72,204.57 万元);</li>
 *   <li>{@link SpendingConvention#WITH_DEVELOPMENT}: income = 基本支出 + 项目支出 + 财政专项资金 +
 *       其他事业发展性支出 (Dongguan 2024: 842.74 = 550.51 + 262.93 + 0.00 + 29.30 万元).</li>
 * </ul>
 * Equal means {@code |income − spending| ≤ tolerance} (0.00 元 by default).
 *
 * <p>Source: domain.md §4.1 R-BUD-1; docs/rules.md "Reconciliation (R-BUD)".
 *
 * <p>Decisions:
 * <ul>
 *   <li>Blanks: if both income cells are blank, or both 基本支出 and 项目支出 are blank, the rule is
 *       NOT_VERIFIABLE. Otherwise a blank cell counts as 0 and the message names it. The
 *       development cells (财政专项资金, 其他事业发展性支出) are optional on the form — Zhanjiang
 *       leaves them blank — so blank there counts as 0 without comment.</li>
 *   <li>When both conventions balance (development spending is 0 or blank, or within tolerance),
 *       the one with the smaller difference is reported, BASIC_PLUS_PROJECT on a tie; the message
 *       says the two coincide.</li>
 *   <li>When neither balances: FAIL with expected = spending under the closer convention (the
 *       smaller absolute difference; BASIC_PLUS_PROJECT on a tie). The message always gives the
 *       other convention's figures too, so Dongguan's result shows that basic + project alone
 *       falls 293,000.00 元 short.</li>
 *   <li>expected = spending, actual = income, difference = income − spending.</li>
 * </ul>
 */
public final class IncomeEqualsSpendingRule extends ReconciliationRule {

    /** Referred to by id: whether R-BUD-1 could be verified qualifies the overall status (ReconciliationOutcome). */
    public static final String ID = "R-BUD-1";

    private static final String FIELD = "amounts";

    public IncomeEqualsSpendingRule() {
        super(ID, Severity.ERROR);
    }

    /**
     * The convention under which income balanced spending, or empty when neither did or the rule
     * could not be verified. R-BUD-3 uses it to decide whether development spending may carry
     * key tasks.
     */
    public static Optional<SpendingConvention> balancedConvention(TargetTable table, ReconciliationSettings settings) {
        Evaluation e = evaluate(table.amounts(), settings);
        return e.status == RuleStatus.PASS ? Optional.of(e.convention) : Optional.empty();
    }

    @Override
    public List<RuleResult> check(TargetTable table, ReconciliationSettings settings) {
        BudgetAmounts a = table.amounts();
        Evaluation e = evaluate(a, settings);
        if (e.status == RuleStatus.NOT_VERIFIABLE) {
            return List.of(notVerifiable(a));
        }
        String blanksZh = e.blanks.isEmpty()
                ? ""
                : "（空白按 0 计：" + e.blanks.stream().map(f -> f.zh).collect(Collectors.joining("、")) + "）";
        String blanksEn = e.blanks.isEmpty()
                ? ""
                : " (blank counted as 0: " + e.blanks.stream().map(f -> f.en).collect(Collectors.joining(", ")) + ")";
        SpendingConvention other = e.convention == SpendingConvention.BASIC_PLUS_PROJECT
                ? SpendingConvention.WITH_DEVELOPMENT
                : SpendingConvention.BASIC_PLUS_PROJECT;
        String otherZh;
        String otherEn;
        if (e.developmentTotal.signum() == 0) {
            otherZh = "事业发展性支出（财政专项资金、其他事业发展性支出）为 0 或空白，两种口径结果相同。";
            otherEn = "Development spending (special funds, other development spending) is zero or blank,"
                    + " so both conventions give the same total.";
        } else {
            otherZh = "另一口径，即" + other.nameZh() + "（" + other.labelZh() + "），支出为 " + Sums.zh(e.otherSpending) + "，"
                    + gapZh(e.otherDifference) + "。";
            otherEn = "The other convention (" + other.name() + ": " + other.labelEn() + ") gives "
                    + Sums.en(e.otherSpending) + "; " + gapEn(e.otherDifference) + ".";
        }
        String incomeZh = "收入合计（财政拨款+其他资金）" + Sums.zh(e.income) + blanksZh;
        String incomeEn = "income (fiscal appropriation + other funds) " + Sums.en(e.income) + blanksEn;
        Comparison figures = Comparison.of(e.spending, e.income).under(e.convention);
        if (e.status == RuleStatus.PASS) {
            return List.of(result(
                    RuleStatus.PASS,
                    figures,
                    FIELD,
                    "收支平衡：" + incomeZh + "，等于" + e.convention.labelZh() + " " + Sums.zh(e.spending) + "，按"
                            + e.convention.nameZh() + "（" + e.convention.name() + "）平衡。" + otherZh,
                    "Income equals spending: " + incomeEn + " equals " + e.convention.labelEn() + " "
                            + Sums.en(e.spending) + "; balanced under the " + e.convention.name()
                            + " convention. " + otherEn));
        }
        return List.of(result(
                RuleStatus.FAIL,
                figures,
                FIELD,
                "收支不平衡：" + incomeZh + "，与最接近的" + e.convention.nameZh() + "（" + e.convention.labelZh() + "）支出 "
                        + Sums.zh(e.spending) + " 不相等，" + gapZh(e.difference) + "。" + otherZh
                        + "请核对收入来源和支出金额。",
                "Income does not equal spending: " + incomeEn + " against " + Sums.en(e.spending)
                        + " under the closest convention (" + e.convention.name() + ": " + e.convention.labelEn()
                        + "); " + gapEn(e.difference) + ". " + otherEn
                        + " Please check the income and spending amounts."));
    }

    private RuleResult notVerifiable(BudgetAmounts a) {
        boolean incomeBlank = a.fiscalAppropriation() == null && a.otherFunds() == null;
        boolean spendingBlank = a.basicExpenditure() == null && a.projectExpenditure() == null;
        String zh;
        String en;
        BigDecimal expected = null;
        BigDecimal actual = null;
        if (incomeBlank && spendingBlank) {
            zh = "无法核对收支：收入来源（财政拨款、其他资金）和部门预算支出（基本支出、项目支出）均为空白。";
            en = "Income cannot be checked against spending: the income cells (fiscal appropriation, other funds)"
                    + " and the spending cells (basic, project spending) are all blank.";
        } else if (incomeBlank) {
            BigDecimal basicPlusProject = Sums.sumBlankAsZero(a.basicExpenditure(), a.projectExpenditure());
            BigDecimal withDevelopment =
                    Sums.sumBlankAsZero(basicPlusProject, a.specialFunds(), a.otherDevelopmentExpenditure());
            expected = basicPlusProject;
            zh = "无法核对收支：财政拨款和其他资金均为空白。按基本支出+项目支出，收入合计应为 " + Sums.zh(basicPlusProject) + "；含事业发展性支出则应为 "
                    + Sums.zh(withDevelopment) + "。";
            en = "Income cannot be checked against spending: fiscal appropriation and other funds are both blank."
                    + " To balance basic + project spending, income would be " + Sums.en(basicPlusProject)
                    + "; including development spending, " + Sums.en(withDevelopment) + ".";
        } else {
            actual = Sums.sumBlankAsZero(a.fiscalAppropriation(), a.otherFunds());
            zh = "无法核对收支：基本支出和项目支出均为空白，而收入合计为 " + Sums.zh(actual) + "。";
            en =
                    "Income cannot be checked against spending: basic and project spending are both blank, while income is "
                            + Sums.en(actual) + ".";
        }
        return result(RuleStatus.NOT_VERIFIABLE, Comparison.of(expected, actual), FIELD, zh, en);
    }

    /** "收入比支出多 293,000.00 元（29.30 万元）". */
    static String gapZh(BigDecimal incomeMinusSpending) {
        int sign = incomeMinusSpending.signum();
        if (sign == 0) {
            return "收支相等";
        }
        return (sign > 0 ? "收入比支出多 " : "收入比支出少 ") + Sums.zh(incomeMinusSpending.abs());
    }

    static String gapEn(BigDecimal incomeMinusSpending) {
        int sign = incomeMinusSpending.signum();
        if (sign == 0) {
            return "income equals spending";
        }
        return (sign > 0 ? "income exceeds spending by " : "income falls short of spending by ")
                + Sums.en(incomeMinusSpending.abs());
    }

    private static Evaluation evaluate(BudgetAmounts a, ReconciliationSettings settings) {
        boolean incomeBlank = a.fiscalAppropriation() == null && a.otherFunds() == null;
        boolean spendingBlank = a.basicExpenditure() == null && a.projectExpenditure() == null;
        if (incomeBlank || spendingBlank) {
            return new Evaluation(RuleStatus.NOT_VERIFIABLE, null, null, null, null, null, null, null, List.of());
        }
        List<AmountField> blanks = new ArrayList<>();
        for (AmountField f : List.of(FISCAL_APPROPRIATION, OTHER_FUNDS, BASIC_EXPENDITURE, PROJECT_EXPENDITURE)) {
            if (f.of(a) == null) {
                blanks.add(f);
            }
        }
        BigDecimal income = Sums.sumBlankAsZero(a.fiscalAppropriation(), a.otherFunds());
        BigDecimal basicPlusProject = Sums.sumBlankAsZero(a.basicExpenditure(), a.projectExpenditure());
        BigDecimal development = Sums.sumBlankAsZero(SPECIAL_FUNDS.of(a), OTHER_DEVELOPMENT_EXPENDITURE.of(a));
        BigDecimal withDevelopment = basicPlusProject.add(development);
        BigDecimal diffBasic = income.subtract(basicPlusProject);
        BigDecimal diffWith = income.subtract(withDevelopment);
        boolean basicBalances = settings.withinTolerance(diffBasic);
        boolean withBalances = settings.withinTolerance(diffWith);

        SpendingConvention chosen;
        if (basicBalances != withBalances) {
            chosen = basicBalances ? SpendingConvention.BASIC_PLUS_PROJECT : SpendingConvention.WITH_DEVELOPMENT;
        } else {
            // Both or neither balance: the closer one, BASIC_PLUS_PROJECT on a tie.
            chosen = diffWith.abs().compareTo(diffBasic.abs()) < 0
                    ? SpendingConvention.WITH_DEVELOPMENT
                    : SpendingConvention.BASIC_PLUS_PROJECT;
        }
        boolean basic = chosen == SpendingConvention.BASIC_PLUS_PROJECT;
        return new Evaluation(
                basicBalances || withBalances ? RuleStatus.PASS : RuleStatus.FAIL,
                chosen,
                income,
                basic ? basicPlusProject : withDevelopment,
                basic ? diffBasic : diffWith,
                basic ? withDevelopment : basicPlusProject,
                basic ? diffWith : diffBasic,
                development,
                blanks);
    }

    private record Evaluation(
            RuleStatus status,
            SpendingConvention convention,
            BigDecimal income,
            BigDecimal spending,
            BigDecimal difference,
            BigDecimal otherSpending,
            BigDecimal otherDifference,
            BigDecimal developmentTotal,
            List<AmountField> blanks) {}
}
