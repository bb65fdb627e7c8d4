package org.budgetperf.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.IndicatorInput;
import org.budgetperf.budget.task.TaskInput;
import org.budgetperf.shared.money.AmountUnit;

/** Turns a table read from a file into the same request the API takes, so imports obey every API rule. */
public final class BudgetRequests {

    private BudgetRequests() {}

    public static BudgetCreate create(TargetTable table, UUID departmentId, String frameworkCode) {
        List<TaskInput> tasks = new ArrayList<>();
        for (TaskLine t : table.tasks()) {
            tasks.add(new TaskInput(
                    t.kind(), t.name(), t.content(), t.plannedFunds(), AmountUnit.YUAN, t.expectedOutcome(), null));
        }
        List<IndicatorInput> indicators = new ArrayList<>();
        for (IndicatorLine i : table.indicators()) {
            indicators.add(new IndicatorInput(
                    i.level1(),
                    i.level2(),
                    i.name(),
                    i.periodValue(),
                    i.annualValue(),
                    i.weight(),
                    null,
                    i.taskIndex(),
                    null));
        }
        BudgetCreate request = new BudgetCreate();
        request.departmentId = departmentId;
        request.fiscalYear = table.fiscalYear();
        request.periodStartYear = table.periodStartYear();
        request.periodEndYear = table.periodEndYear();
        request.frameworkCode = frameworkCode;
        request.staffCount = table.staffCount();
        request.subordinateUnitCount = table.subordinateUnitCount();
        request.amountUnit = AmountUnit.YUAN;
        request.amounts = table.amounts();
        request.overallGoal = table.overallGoalHtml();
        request.tasks = tasks;
        request.indicators = indicators;
        return request;
    }
}
