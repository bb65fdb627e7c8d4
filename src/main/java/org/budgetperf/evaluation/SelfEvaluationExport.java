package org.budgetperf.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.OverallGoalHtml;
import org.budgetperf.checks.CheckRunView;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormWriter;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationHeader;
import org.budgetperf.shared.money.Money;

/** A recorded self-evaluation written in the layout of the 绩效自评表, exactly as it was recorded. */
@ApplicationScoped
public class SelfEvaluationExport {

    @Inject
    BudgetService budgets;

    public byte[] xlsx(CheckRunView<EvaluationService.SelfEvaluationRun> run) {
        Budget budget = budgets.get(run.budgetId());
        String goal = String.join("\n", OverallGoalHtml.paragraphs(budget.overallGoalHtml));
        SelfEvaluationHeader header = new SelfEvaluationHeader(
                budget.department.name + "部门整体支出",
                budget.fiscalYear,
                budget.department.name,
                budget.department.name,
                null,
                Money.sumOfPresent(budget.fiscalAppropriation, budget.otherFunds),
                goal.isBlank() ? null : goal,
                null,
                run.result().input().executionShortfallReason());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SelfEvaluationFormWriter().write(header, run.result().outcome(), out);
        return out.toByteArray();
    }
}
