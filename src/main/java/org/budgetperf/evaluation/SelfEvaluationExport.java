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
import org.budgetperf.shared.web.ContentDisposition;

/** A recorded self-evaluation written in the layout of the 绩效自评表, exactly as it was recorded. */
@ApplicationScoped
public class SelfEvaluationExport {

    @Inject
    BudgetService budgets;

    /** The workbook and its name: {@code self-evaluation-<runId>.xlsx}, and the department's 自评表 in full. */
    public record Workbook(byte[] content, String contentDisposition) {}

    public Workbook xlsx(CheckRunView<EvaluationService.SelfEvaluationRun> run) {
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
        return new Workbook(
                out.toByteArray(),
                ContentDisposition.attachment(
                        "self-evaluation-" + run.id() + ".xlsx",
                        budget.department.name + "-" + budget.fiscalYear + "年绩效自评表-" + run.id() + ".xlsx"));
    }
}
