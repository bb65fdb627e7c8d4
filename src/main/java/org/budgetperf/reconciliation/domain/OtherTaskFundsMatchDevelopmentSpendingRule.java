package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;

/**
 * <b>R-BUD-4 Other-task funds = other development spending</b> (severity WARNING).
 *
 * <p>Statement: the optional block 其他需完成的任务 lists what the 其他事业发展性支出 pays for, so
 * its planned funds should add up to that amount (Dongguan 2024: 省华侨事业费 293,000 元 =
 * 29.30 万元 exactly).
 *
 * <p>Formula: Σ 拟投入的资金 of other tasks = 其他事业发展性支出; equal means
 * {@code |difference| ≤ tolerance}. expected = 其他事业发展性支出, actual = Σ,
 * difference = Σ − 其他事业发展性支出, ratio = Σ / 其他事业发展性支出 × 100 (2 decimals, half-up;
 * null when that amount is 0).
 *
 * <p>Source: domain.md §4.1 R-BUD-4; docs/rules.md "Reconciliation (R-BUD)".
 *
 * <p>Decisions:
 * <ul>
 *   <li>Severity WARNING: the block is optional (可选填) and the form does not say it must use up
 *       the amount exactly; a key task may also be paid from it. A mismatch is worth showing, not
 *       worth blocking submission.</li>
 *   <li>No other task with stated funds (none listed, or all with blank funds): PASS when
 *       其他事业发展性支出 is blank or 0 (nothing claimed, nothing listed, as in Zhanjiang);
 *       NOT_VERIFIABLE when it is filled with a non-zero amount (the optional block was not used,
 *       so it cannot be told which tasks that money pays for).</li>
 *   <li>Other tasks with funds but 其他事业发展性支出 blank: NOT_VERIFIABLE; the message gives the
 *       amount that would balance (the task sum).</li>
 *   <li>An other task with blank funds counts as 0 and the message says how many there were.</li>
 * </ul>
 */
public final class OtherTaskFundsMatchDevelopmentSpendingRule extends ReconciliationRule {

    private static final String FIELD_AMOUNT = "amounts.otherDevelopmentExpenditure";

    public OtherTaskFundsMatchDevelopmentSpendingRule() {
        super("R-BUD-4", Severity.WARNING);
    }

    @Override
    public List<RuleResult> check(TargetTable table, ReconciliationSettings settings) {
        BigDecimal development = table.amounts().otherDevelopmentExpenditure();
        TaskFunds others = TaskFunds.of(table.tasks(), TaskKind.OTHER);
        Comparison figures = Comparison.of(development, others.sum());

        if (others.stated() == 0) {
            if (development == null || development.signum() == 0) {
                String amountZh = development == null ? "空白" : "为 " + Sums.zh(development);
                String amountEn = development == null ? "blank" : Sums.en(development);
                return List.of(result(
                        RuleStatus.PASS,
                        figures,
                        FIELD_AMOUNT,
                        "没有填写资金的其他任务，其他事业发展性支出" + amountZh + "，无需核对。",
                        "No other task states funds and other development spending is " + amountEn
                                + ": nothing to reconcile."));
            }
            return List.of(result(
                    RuleStatus.NOT_VERIFIABLE,
                    Comparison.expecting(development),
                    "tasks",
                    "无法核对：其他事业发展性支出为 " + Sums.zh(development) + "，但没有填写资金的其他任务（该栏可选填），无法判断这笔资金用于哪些任务。",
                    "Cannot be checked: other development spending is " + Sums.en(development)
                            + " but no other task states funds (that block is optional), so it is not known"
                            + " which tasks the money pays for."));
        }
        if (development == null) {
            return List.of(result(
                    RuleStatus.NOT_VERIFIABLE,
                    figures,
                    FIELD_AMOUNT,
                    "无法核对：其他事业发展性支出为空白。" + others.sumZh() + "；若要平衡，其他事业发展性支出应为 " + Sums.zh(others.sum()) + "。",
                    "Cannot be checked: other development spending is blank. " + others.sumEn()
                            + "; to balance, other development spending would be " + Sums.en(others.sum()) + "."));
        }
        BigDecimal ratio = Sums.percent(others.sum(), development);
        BigDecimal difference = figures.difference();
        if (settings.withinTolerance(difference)) {
            return List.of(result(
                    RuleStatus.PASS,
                    figures.withRatio(ratio),
                    "tasks",
                    others.sumZh() + "，与其他事业发展性支出 " + Sums.zh(development) + "相符。",
                    others.sumEn() + ", matching other development spending of " + Sums.en(development) + "."));
        }
        String ratioZh = ratio == null ? "" : "（占 " + Sums.pct(ratio) + "）";
        String ratioEn = ratio == null ? "" : " (" + Sums.pct(ratio) + " of it)";
        return List.of(result(
                RuleStatus.FAIL,
                figures.withRatio(ratio),
                "tasks",
                others.sumZh() + ratioZh + "，与其他事业发展性支出 " + Sums.zh(development) + "不符，" + Sums.moreOrLessZh(difference)
                        + "。请核对。",
                others.sumEn() + ratioEn + ", which does not match other development spending of "
                        + Sums.en(development) + ": " + Sums.moreOrLessEn(difference) + ". Please check."));
    }
}
