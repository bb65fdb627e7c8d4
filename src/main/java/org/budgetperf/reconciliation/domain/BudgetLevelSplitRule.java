package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.AmountField.CITY_LEVEL_FUNDS;
import static org.budgetperf.reconciliation.domain.AmountField.OTHER_DEVELOPMENT_EXPENDITURE;
import static org.budgetperf.reconciliation.domain.AmountField.SPECIAL_FUNDS;
import static org.budgetperf.reconciliation.domain.AmountField.TRANSFER_PAYMENT_FUNDS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.TargetTable;

/**
 * <b>R-BUD-2 Split by budget level = development spending</b> (severity ERROR).
 *
 * <p>Statement: 按预算级次划分 splits the development spending between the department itself and
 * the level below, so both blocks must give the same total.
 *
 * <p>Formula: 市本级使用资金 + 拟用于对下转移支付资金 = 财政专项资金 + 其他事业发展性支出, checked only
 * when all four cells are filled; equal means {@code |difference| ≤ tolerance}.
 * expected = 财政专项资金 + 其他事业发展性支出, actual = 市本级使用资金 + 拟用于对下转移支付资金,
 * difference = actual − expected.
 *
 * <p>Source: domain.md §4.1 R-BUD-2; docs/rules.md "Reconciliation (R-BUD)".
 *
 * <p>Decisions:
 * <ul>
 *   <li>Severity ERROR: when all four are filled and differ, the form contradicts itself about the
 *       same money, exactly like an R-BUD-1 failure, and the fix is one cell.</li>
 *   <li>Any blank → NOT_VERIFIABLE (blank is not zero; Dongguan leaves 市本级使用资金 blank). When
 *       the blanks are all on one side and the other side is complete, expected carries the value
 *       that would balance: the missing cell itself when exactly one is blank (field = that cell;
 *       Dongguan: 市本级使用资金 would be 293,000.00 元), else the sum the blank cells would need
 *       (field = {@code amounts}). A balancing value below 0 is still reported, and the message
 *       says the filled cells already disagree. When blanks sit on both sides (or all four are
 *       blank, as in Zhanjiang) there is no single balancing value: expected is null.</li>
 * </ul>
 */
public final class BudgetLevelSplitRule extends ReconciliationRule {

    private static final List<AmountField> SPLIT = List.of(CITY_LEVEL_FUNDS, TRANSFER_PAYMENT_FUNDS);
    private static final List<AmountField> DEVELOPMENT = List.of(SPECIAL_FUNDS, OTHER_DEVELOPMENT_EXPENDITURE);

    public BudgetLevelSplitRule() {
        super("R-BUD-2", Severity.ERROR);
    }

    @Override
    public List<RuleResult> check(TargetTable table, ReconciliationSettings settings) {
        BudgetAmounts a = table.amounts();
        List<AmountField> blankSplit =
                SPLIT.stream().filter(f -> f.of(a) == null).toList();
        List<AmountField> blankDevelopment =
                DEVELOPMENT.stream().filter(f -> f.of(a) == null).toList();
        BigDecimal split = Sums.sumBlankAsZero(CITY_LEVEL_FUNDS.of(a), TRANSFER_PAYMENT_FUNDS.of(a));
        BigDecimal development = Sums.sumBlankAsZero(SPECIAL_FUNDS.of(a), OTHER_DEVELOPMENT_EXPENDITURE.of(a));

        if (blankSplit.isEmpty() && blankDevelopment.isEmpty()) {
            BigDecimal difference = split.subtract(development);
            String figuresZh = "市本级使用资金 " + Sums.zh(CITY_LEVEL_FUNDS.of(a)) + " + 拟用于对下转移支付资金 "
                    + Sums.zh(TRANSFER_PAYMENT_FUNDS.of(a)) + " = " + Sums.zh(split) + "；财政专项资金 "
                    + Sums.zh(SPECIAL_FUNDS.of(a)) + " + 其他事业发展性支出 " + Sums.zh(OTHER_DEVELOPMENT_EXPENDITURE.of(a))
                    + " = " + Sums.zh(development);
            String figuresEn = "funds used at city level " + Sums.en(CITY_LEVEL_FUNDS.of(a))
                    + " + transfers to lower levels " + Sums.en(TRANSFER_PAYMENT_FUNDS.of(a)) + " = "
                    + Sums.en(split) + "; special funds " + Sums.en(SPECIAL_FUNDS.of(a))
                    + " + other development spending " + Sums.en(OTHER_DEVELOPMENT_EXPENDITURE.of(a)) + " = "
                    + Sums.en(development);
            Comparison figures = Comparison.of(development, split);
            if (settings.withinTolerance(difference)) {
                return List.of(result(
                        RuleStatus.PASS,
                        figures,
                        "amounts",
                        "按预算级次划分与事业发展性支出一致：" + figuresZh + "。",
                        "The split by budget level matches development spending: " + figuresEn + "."));
            }
            return List.of(result(
                    RuleStatus.FAIL,
                    figures,
                    "amounts",
                    "按预算级次划分与事业发展性支出不一致：" + figuresZh + "，" + Sums.moreOrLessZh(difference) + "。请核对这四项金额。",
                    "The split by budget level does not match development spending: " + figuresEn + "; the split is "
                            + Sums.moreOrLessEn(difference) + ". Please check these four amounts."));
        }

        List<AmountField> blanks = new ArrayList<>(blankSplit);
        blanks.addAll(blankDevelopment);
        String blankZh = blanks.stream().map(f -> f.zh).collect(Collectors.joining("、"));
        String blankEn = blanks.stream().map(f -> f.en).collect(Collectors.joining(", "));
        String headZh = "无法核对按预算级次划分：" + blankZh + "为空白（空白不等于 0）。";
        String headEn = "The split by budget level cannot be checked: " + blankEn + " "
                + (blanks.size() == 1 ? "is" : "are") + " blank (blank is not zero).";

        boolean oneSideBlank = blankSplit.isEmpty() != blankDevelopment.isEmpty();
        if (!oneSideBlank) {
            return List.of(result(
                    RuleStatus.NOT_VERIFIABLE,
                    Comparison.NONE,
                    "amounts",
                    headZh + "两边都有空白，无法推算应填金额。",
                    headEn + " Both sides have blanks, so no balancing value can be derived."));
        }
        // The blank cells all sit on one side; the value they need = complete other side − filled cells of their side.
        boolean splitIsBlankSide = !blankSplit.isEmpty();
        BigDecimal target = splitIsBlankSide ? development : split;
        BigDecimal filledSameSide = splitIsBlankSide ? split : development;
        BigDecimal balancing = target.subtract(filledSameSide);
        String targetZh =
                splitIsBlankSide ? "财政专项资金+其他事业发展性支出 " + Sums.zh(development) : "市本级使用资金+拟用于对下转移支付资金 " + Sums.zh(split);
        String targetEn = splitIsBlankSide
                ? "special funds + other development spending, " + Sums.en(development)
                : "funds used at city level + transfers to lower levels, " + Sums.en(split);
        String whatZh;
        String whatEn;
        String field;
        if (blanks.size() == 1) {
            whatZh = blanks.get(0).zh + "应为 " + Sums.zh(balancing);
            whatEn = blanks.get(0).en + " would be " + Sums.en(balancing);
            field = blanks.get(0).path();
        } else {
            whatZh = blankZh + "合计应为 " + Sums.zh(balancing);
            whatEn = blankEn + " would together be " + Sums.en(balancing);
            field = "amounts";
        }
        String negativeZh = balancing.signum() < 0 ? "该值为负数，说明已填金额本身已不一致。" : "";
        String negativeEn =
                balancing.signum() < 0 ? " That value is negative: the filled amounts already disagree." : "";
        return List.of(result(
                RuleStatus.NOT_VERIFIABLE,
                Comparison.expecting(balancing),
                field,
                headZh + "若要与" + targetZh + "平衡，" + whatZh + "。" + negativeZh,
                headEn + " To balance " + targetEn + ", " + whatEn + "." + negativeEn));
    }
}
