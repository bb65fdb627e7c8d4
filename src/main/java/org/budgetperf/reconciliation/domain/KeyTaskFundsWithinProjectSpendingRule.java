package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;

/**
 * <b>R-BUD-3 Key-task funds within project spending</b> (severity ERROR).
 *
 * <p>Statement: the key tasks (年度重点工作任务) cannot plan to spend more than the money set aside
 * for projects; the result reports how much of 项目支出 the key tasks cover.
 *
 * <p>Formula: Σ 拟投入的资金 of key tasks ≤ ceiling, where ceiling = 项目支出, plus 财政专项资金 +
 * 其他事业发展性支出 when R-BUD-1 balanced under {@link SpendingConvention#WITH_DEVELOPMENT}
 * (that convention puts development spending on top of 项目支出, so it is money key tasks may use).
 * Within means {@code Σ − ceiling ≤ tolerance}. Coverage ratio = Σ / 项目支出 × 100, rounded
 * half-up once to 2 decimals (Dongguan 2024: 1,884,000 / 2,629,300 = 71.65 %).
 * expected = ceiling, actual = Σ, difference = Σ − ceiling (negative = headroom left).
 *
 * <p>Source: domain.md §4.1 R-BUD-3; docs/rules.md "Reconciliation (R-BUD)".
 *
 * <p>Decisions:
 * <ul>
 *   <li>The ratio is always against 项目支出 alone, whatever the convention, so it means the same
 *       in Dongguan and Zhanjiang tables (and reproduces the figures in domain.md).</li>
 *   <li>Development spending is added to the ceiling only when R-BUD-1 actually balanced with it.
 *       When R-BUD-1 failed or could not be verified the convention is unknown and the stricter
 *       ceiling (项目支出 alone) applies; {@code convention} then says BASIC_PLUS_PROJECT.</li>
 *   <li>项目支出 blank → NOT_VERIFIABLE. 项目支出 = 0 → ratio null (no division by zero).</li>
 *   <li>No key tasks → Σ = 0.00, PASS with ratio 0.00 (whether a table needs key tasks is the
 *       review's concern, R-REV-1). A key task with blank funds counts as 0 and the message says
 *       how many there were (R-REV-2 requires funds &gt; 0).</li>
 * </ul>
 */
public final class KeyTaskFundsWithinProjectSpendingRule extends ReconciliationRule {

    public KeyTaskFundsWithinProjectSpendingRule() {
        super("R-BUD-3", Severity.ERROR);
    }

    @Override
    public List<RuleResult> check(TargetTable table, ReconciliationSettings settings) {
        BudgetAmounts a = table.amounts();
        TaskFunds keys = TaskFunds.of(table.tasks(), TaskKind.KEY);
        String sumZh = keys.count() == 0 ? "没有重点工作任务（拟投入资金合计 0.00 元）" : keys.sumZh();
        String sumEn = keys.count() == 0 ? "There are no key tasks (planned funds 0.00 yuan)" : keys.sumEn();

        BigDecimal project = a.projectExpenditure();
        if (project == null) {
            return List.of(result(
                    RuleStatus.NOT_VERIFIABLE,
                    Comparison.found(keys.sum()),
                    "amounts.projectExpenditure",
                    "无法核对重点工作任务资金：项目支出为空白。" + sumZh + "。",
                    "Key-task funds cannot be checked: project spending is blank. " + sumEn + "."));
        }
        boolean withDevelopment = IncomeEqualsSpendingRule.balancedConvention(table, settings)
                .filter(c -> c == SpendingConvention.WITH_DEVELOPMENT)
                .isPresent();
        SpendingConvention convention =
                withDevelopment ? SpendingConvention.WITH_DEVELOPMENT : SpendingConvention.BASIC_PLUS_PROJECT;
        BigDecimal development = Sums.sumBlankAsZero(a.specialFunds(), a.otherDevelopmentExpenditure());
        BigDecimal ceiling = withDevelopment ? project.add(development) : project;
        BigDecimal ratio = Sums.percent(keys.sum(), project);
        Comparison figures = Comparison.of(ceiling, keys.sum()).withRatio(ratio).under(convention);
        BigDecimal difference = figures.difference();

        String ceilingZh = withDevelopment
                ? "项目支出 " + Sums.zh(project) + " + 事业发展性支出 " + Sums.zh(development) + " = " + Sums.zh(ceiling)
                        + "（R-BUD-1 按含事业发展性支出的口径平衡）"
                : "项目支出 " + Sums.zh(ceiling);
        String ceilingEn = withDevelopment
                ? "project spending " + Sums.en(project) + " + development spending " + Sums.en(development) + " = "
                        + Sums.en(ceiling) + " (R-BUD-1 balanced with development spending)"
                : "project spending " + Sums.en(ceiling);
        String ratioZh = ratio == null ? "项目支出为 0，无法计算覆盖率。" : "重点工作任务资金占项目支出的 " + Sums.pct(ratio) + "。";
        String ratioEn = ratio == null
                ? "Project spending is zero, so there is no coverage ratio."
                : "Key tasks cover " + Sums.pct(ratio) + " of project spending.";

        if (difference.compareTo(settings.tolerance()) <= 0) {
            return List.of(result(
                    RuleStatus.PASS,
                    figures,
                    "tasks",
                    sumZh + "，未超过" + ceilingZh + "。" + ratioZh,
                    sumEn + ", within " + ceilingEn + ". " + ratioEn));
        }
        return List.of(result(
                RuleStatus.FAIL,
                figures,
                "tasks",
                sumZh + "，超过" + ceilingZh + "，超出 " + Sums.zh(difference) + "。" + ratioZh + "请核对任务资金或项目支出。",
                sumEn + ", " + Sums.en(difference) + " more than " + ceilingEn + ". " + ratioEn
                        + " Please check the task funds or project spending."));
    }
}
