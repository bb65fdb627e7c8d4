package org.budgetperf.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.OverallGoalHtml;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckRunView;
import org.budgetperf.checks.CheckService;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormWriter;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationHeader;
import org.budgetperf.shared.money.Money;

/** A recorded self-evaluation written in the layout of the 绩效自评表, exactly as it was recorded. */
@ApplicationScoped
public class SelfEvaluationExport {

    private final CheckService checks;
    private final BudgetService budgets;
    /** Reads recorded outcomes back; derived values the record also carries (e.g. "quantitative") are skipped. */
    private final ObjectMapper reader;

    public SelfEvaluationExport(CheckService checks, BudgetService budgets, ObjectMapper mapper) {
        this.checks = checks;
        this.budgets = budgets;
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public byte[] xlsx(UUID budgetId, UUID runId) {
        CheckRunView run = checks.get(CheckRun.Kind.SELF_EVALUATION, budgetId, runId);
        Budget budget = budgets.get(budgetId);
        JsonNode recorded = run.result();
        try {
            SelfEvaluationOutcome outcome = reader.treeToValue(recorded.get("outcome"), SelfEvaluationOutcome.class);
            EvaluationInputs.SelfEvaluation input =
                    reader.treeToValue(recorded.get("input"), EvaluationInputs.SelfEvaluation.class);
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
                    input.executionShortfallReason());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SelfEvaluationFormWriter().write(header, outcome, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("recorded self-evaluation cannot be read back", e);
        }
    }
}
