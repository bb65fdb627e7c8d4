package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;

/**
 * <b>R-BUD-5 Amounts are non-negative and exact to the 分</b> (severity ERROR).
 *
 * <p>Statement: every amount on the table — the eight money cells and every task's planned funds —
 * is at least 0 and has at most two decimals in 元. The API rejects such input earlier; this rule
 * guards imported and previewed data, which is stored as found.
 *
 * <p>Formula: for each filled amount x: {@code x ≥ 0} and {@code scale(stripTrailingZeros(x)) ≤ 2}
 * (so 1.500 is fine, 1.005 is not; nothing is rounded).
 *
 * <p>Source: domain.md §1 (Sums) and §4.1 R-BUD-5; docs/rules.md "Reconciliation (R-BUD)".
 *
 * <p>Decisions: blank amounts are not offences (blank is not zero, and other rules deal with
 * blanks). One FAIL per offending amount, both problems in one message when an amount has both;
 * actual = the amount, field = its JSON path ({@code amounts.basicExpenditure},
 * {@code tasks[3].plannedFunds} with the index into {@code TargetTable.tasks()}); expected and
 * difference are null. One PASS result, with the number of amounts checked, when there is none.
 */
public final class AmountsNonNegativeWithTwoDecimalsRule extends ReconciliationRule {

    public AmountsNonNegativeWithTwoDecimalsRule() {
        super("R-BUD-5", Severity.ERROR);
    }

    @Override
    public List<RuleResult> check(TargetTable table, ReconciliationSettings settings) {
        List<RuleResult> failures = new ArrayList<>();
        int checked = 0;
        BudgetAmounts a = table.amounts();
        for (AmountField f : AmountField.values()) {
            BigDecimal value = f.of(a);
            if (value != null) {
                checked++;
                offence(value, f.path(), f.zh, f.en).ifPresent(failures::add);
            }
        }
        List<TaskLine> tasks = table.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            TaskLine t = tasks.get(i);
            if (t == null || t.plannedFunds() == null) {
                continue;
            }
            checked++;
            boolean key = t.kind() == TaskKind.KEY;
            String name = t.name() == null ? "" : "「" + t.name() + "」";
            String nameEn = t.name() == null ? "" : " \"" + t.name() + "\"";
            String zh = "任务第 " + (i + 1) + " 行" + (key ? "（重点工作任务" : "（其他任务") + name + "）拟投入的资金";
            String en = "planned funds of task row " + (i + 1) + (key ? " (key task" : " (other task") + nameEn + ")";
            offence(t.plannedFunds(), "tasks[" + i + "].plannedFunds", zh, en).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            return List.copyOf(failures);
        }
        return List.of(result(
                RuleStatus.PASS,
                Comparison.NONE,
                null,
                checked == 0 ? "没有已填的金额，无需检查。" : "已填的 " + checked + " 个金额均不为负数，且最多两位小数（到分）。",
                checked == 0
                        ? "No amount is filled in: nothing to check."
                        : "All " + checked + " filled amounts are non-negative and have at most two decimals"
                                + " (exact to the fen)."));
    }

    private Optional<RuleResult> offence(BigDecimal value, String field, String labelZh, String labelEn) {
        boolean negative = value.signum() < 0;
        int decimals = Math.max(0, value.stripTrailingZeros().scale());
        boolean subFen = decimals > 2;
        if (!negative && !subFen) {
            return Optional.empty();
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (negative) {
            zh.add("金额不能为负数");
            en.add("an amount cannot be negative");
        }
        if (subFen) {
            zh.add("有 " + decimals + " 位小数，金额最多两位小数（到分），不会自动舍入");
            en.add("it has " + decimals
                    + " decimals, but amounts have at most two (exact to the fen) and are not rounded");
        }
        return Optional.of(result(
                RuleStatus.FAIL,
                Comparison.found(value),
                field,
                labelZh + "为 " + Sums.yuan(value) + " 元：" + String.join("；", zh) + "。",
                capitalise(labelEn) + " is " + Sums.yuan(value) + " yuan: " + String.join("; ", en) + "."));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
