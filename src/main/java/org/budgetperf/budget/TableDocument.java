package org.budgetperf.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.IndicatorInput;
import org.budgetperf.budget.task.TaskInput;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.money.Money;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.web.InputValidator;

/**
 * A table that is not stored: what a frontend sends for a live check while a clerk types. Same fields
 * and limits as creating a table, but nothing is required.
 */
public final class TableDocument extends BudgetHeaderInput {

    @Size(max = 200)
    public String departmentName;

    @Size(max = 5_000)
    public List<@NotNull @Valid TaskInput> tasks;

    @Size(max = 20_000)
    public List<@NotNull @Valid IndicatorInput> indicators;

    /** The document of a request, which must have one: 400 for an empty body. */
    public static TableDocument required(TableDocument body) {
        if (body == null) {
            throw ProblemException.invalid("", ViolationCode.REQUIRED, Messages.TABLE_DOCUMENT_REQUIRED.of());
        }
        return body;
    }

    /** The framework the document names (null: the default), which the preview workflows check it against. */
    public String frameworkCode() {
        return frameworkCode;
    }

    /** The plain table, amounts converted exactly into 元; a 400 names every field that cannot be. */
    public TargetTable toTable(InputValidator validator) {
        List<Violation> violations = validator.check(this);
        InputValidator.failIfAny(violations);
        BudgetAmounts yuan = TableAmounts.toYuan(amounts, amountUnit, violations);
        List<TaskLine> taskLines = new ArrayList<>();
        List<TaskInput> taskInputs = tasks == null ? List.of() : tasks;
        for (int i = 0; i < taskInputs.size(); i++) {
            TaskInput t = taskInputs.get(i);
            AmountUnit taskUnit = t.amountUnit() == null ? AmountUnit.YUAN : t.amountUnit();
            BigDecimal funds = Money.toYuan(t.plannedFunds(), taskUnit, "tasks[" + i + "].plannedFunds", violations);
            taskLines.add(new TaskLine(t.kind(), t.name(), t.content(), funds, t.expectedOutcome()));
        }
        List<IndicatorLine> indicatorLines = new ArrayList<>();
        List<IndicatorInput> indicatorInputs = indicators == null ? List.of() : indicators;
        for (int i = 0; i < indicatorInputs.size(); i++) {
            IndicatorInput in = indicatorInputs.get(i);
            if (in.taskIndex() != null && in.taskIndex() >= taskLines.size()) {
                violations.add(Violation.body(
                        "indicators[" + i + "].taskIndex",
                        ViolationCode.UNKNOWN_REFERENCE,
                        Messages.NO_TASK.of(in.taskIndex())));
            }
            indicatorLines.add(new IndicatorLine(
                    in.level1(),
                    in.level2(),
                    in.name(),
                    in.periodValue(),
                    in.annualValue(),
                    in.weight(),
                    in.taskIndex()));
        }
        InputValidator.failIfAny(violations);
        return new TargetTable(
                departmentName,
                fiscalYear,
                periodStartYear,
                periodEndYear,
                staffCount,
                subordinateUnitCount,
                yuan,
                OverallGoalHtml.sanitise(overallGoal),
                taskLines,
                indicatorLines);
    }
}
