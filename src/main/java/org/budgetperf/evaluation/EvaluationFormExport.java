package org.budgetperf.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.OverallGoalHtml;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueKind;
import org.budgetperf.checks.CheckService;
import org.budgetperf.exchange.selfevaluation.BlankFormWriter;
import org.budgetperf.shared.money.Money;

/**
 * The blank forms of an approved table for its department to fill in: the 项目支出绩效自评表 and the monthly
 * 绩效运行监控表, pre-filled with the approved indicators, targets, weights and the budget (the table's income,
 * 财政拨款 + 其他资金, the amount monitoring measures execution against by default). Uploaded filled in, they are read by
 * {@link EvaluationFormUpload}.
 */
@ApplicationScoped
public class EvaluationFormExport {

    @Inject
    CheckService checks;

    @Inject
    EvaluationService evaluations;

    public byte[] selfEvaluationForm(UUID budgetId) {
        BlankFormWriter.Table table = checks.inspect(budgetId, stored -> table(evaluations.approved(stored)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlankFormWriter().selfEvaluation(table, out);
        return out.toByteArray();
    }

    public byte[] monitoringForm(UUID budgetId, int month) {
        BlankFormWriter.Table table = checks.inspect(budgetId, stored -> table(evaluations.approved(stored)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlankFormWriter().monitoring(table, month, out);
        return out.toByteArray();
    }

    /**
     * The approved table as a blank form states it: the table itself when APPROVED, its last approved revision while
     * an adjustment is open (409 for a table never approved).
     */
    private static BlankFormWriter.Table table(CheckService.Subject subject) {
        String goal =
                String.join("\n", OverallGoalHtml.paragraphs(subject.table().overallGoalHtml()));
        List<BlankFormWriter.Row> rows = subject.table().indicators().stream()
                .map(EvaluationFormExport::row)
                .toList();
        return new BlankFormWriter.Table(
                subject.budget().department.name,
                subject.budget().fiscalYear,
                goal.isBlank() ? null : goal,
                Money.sumOfPresent(
                        subject.table().amounts().fiscalAppropriation(),
                        subject.table().amounts().otherFunds()),
                rows);
    }

    private static BlankFormWriter.Row row(IndicatorLine line) {
        ValueKind kind =
                TargetValueParser.parse(line.annualValue(), line.name()).kind();
        return new BlankFormWriter.Row(
                line.level1(),
                line.level2(),
                line.name(),
                line.annualValue(),
                line.weight(),
                kind == ValueKind.QUALITATIVE || kind == ValueKind.GRADE);
    }
}
