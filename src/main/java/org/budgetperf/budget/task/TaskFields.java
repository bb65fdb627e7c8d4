package org.budgetperf.budget.task;

import java.util.List;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.money.Money;
import org.budgetperf.shared.problem.Violation;

/** Copies a validated {@link TaskInput} onto a task row, converting its funds exactly into 元. */
public final class TaskFields {

    private TaskFields() {}

    /**
     * Applies {@code input} to {@code task}; problems are added to {@code violations} under {@code path}
     * (e.g. {@code tasks[2]}, or empty for a task sent on its own).
     */
    public static void apply(BudgetTask task, TaskInput input, String path, List<Violation> violations) {
        AmountUnit unit = input.amountUnit() == null ? AmountUnit.YUAN : input.amountUnit();
        task.kind = input.kind();
        task.name = input.name() == null ? null : input.name().trim();
        task.content = blankToNull(input.content());
        task.plannedFunds = Money.toYuan(input.plannedFunds(), unit, prefixed(path, "plannedFunds"), violations);
        task.expectedOutcome = blankToNull(input.expectedOutcome());
    }

    /** The task's fields in input form, funds in 元: what the audit trail records. */
    public static TaskInput snapshot(BudgetTask t) {
        return snapshot(t, AmountUnit.YUAN);
    }

    /** The task's fields with its funds expressed in {@code unit}: the base a merge patch stating that unit applies to. */
    public static TaskInput snapshot(BudgetTask t, AmountUnit unit) {
        return new TaskInput(
                t.kind,
                t.name,
                t.content,
                Money.expressedIn(t.plannedFunds, unit),
                unit,
                t.expectedOutcome,
                t.position);
    }

    static String prefixed(String path, String field) {
        return path == null || path.isEmpty() ? field : path + "." + field;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
