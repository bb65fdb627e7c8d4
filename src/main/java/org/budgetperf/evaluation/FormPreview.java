package org.budgetperf.evaluation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.evaluation.domain.IndicatorActual;
import org.budgetperf.evaluation.domain.SelfEvaluationInput;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.evaluation.domain.SelfEvaluationRuleSet;
import org.budgetperf.evaluation.domain.WeightSet;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader;
import org.budgetperf.exchange.sheet.ImportFinding;

/**
 * A standalone filled-in 项目支出绩效自评表 scored without any stored table ({@code POST /self-evaluation-previews}).
 *
 * <p>The form's 预算执行率 row is put back among its indicators, at its place on the form, so that it is the R-SCO-2
 * line of the rules like a table's 预算执行率 indicator (scored once from the amounts; its typed rate compared) and its
 * weight counts when the set takes the weights as declared (Yuzhong 2021: 8 of 100). Every line is located by the
 * cell of its name, so {@code locations[i]} is where indicator i of the outcome is on the form.
 *
 * @param weightSet {@code code@version} of the set scored under
 * @param form what the form says of itself
 * @param locations the cell of each indicator line of the outcome, by its {@code indicatorIndex}
 * @param findings the reader's located report of every reading
 * @param outcome the scored lines, subtotals, 预算执行率, total and grade, with whatever is still missing
 */
public record FormPreview(
        String weightSet,
        Header form,
        List<String> locations,
        List<ImportFinding> findings,
        SelfEvaluationOutcome outcome) {

    /** The form's own header and budget block (元). */
    public record Header(
            String title,
            Integer fiscalYear,
            String projectName,
            String implementingUnit,
            String competentDepartment,
            BigDecimal adjustedBudget,
            BigDecimal spent) {}

    private static final Pattern ROW = Pattern.compile("([A-Z]+)([0-9]+)$");

    /** The form as read, its rows in form order with the 预算执行率 row among them. */
    static SelfEvaluationForm read(byte[] file) {
        SelfEvaluationForm read = new SelfEvaluationFormReader().read(new ByteArrayInputStream(file));
        List<SelfEvaluationForm.Indicator> rows = new ArrayList<>(read.indicators());
        if (read.budgetExecution() != null) {
            rows.add(read.budgetExecution());
            rows.sort(Comparator.comparingInt(r -> row(r.location())));
        }
        return new SelfEvaluationForm(
                read.title(),
                read.fiscalYear(),
                read.projectName(),
                read.implementingUnit(),
                read.competentDepartment(),
                read.contact(),
                read.amounts(),
                read.annualGoal(),
                read.goalAchievement(),
                rows,
                null,
                read.explanation(),
                read.findings());
    }

    /**
     * Scores the form under the set; {@code percents} are the evaluator's qualitative scores by the cell of the
     * indicator's name (the form has no column for them).
     */
    static FormPreview score(SelfEvaluationForm form, WeightSet set, Map<String, BigDecimal> percents) {
        TargetTable table = form.toTargetTable();
        List<String> locations = form.indicators().stream()
                .map(SelfEvaluationForm.Indicator::location)
                .toList();
        EvaluationService.refuseUndeclared(set.resolve(table), (i, field) -> i == null ? "" : locations.get(i), "file");
        SelfEvaluationInput read = form.toSelfEvaluationInput();
        List<IndicatorActual> actuals = read.actuals().stream()
                .map(a -> new IndicatorActual(
                        a.indicatorIndex(),
                        a.actual(),
                        percents.get(locations.get(a.indicatorIndex())),
                        a.deviationExplanation()))
                .toList();
        SelfEvaluationOutcome outcome = new SelfEvaluationRuleSet()
                .run(
                        table,
                        new SelfEvaluationInput(
                                yuan(read.adjustedBudget()),
                                yuan(read.spent()),
                                read.executionShortfallReason(),
                                actuals),
                        set);
        return new FormPreview(
                set.label(),
                new Header(
                        form.title(),
                        form.fiscalYear(),
                        form.projectName(),
                        form.implementingUnit(),
                        form.competentDepartment(),
                        yuan(form.adjustedBudget()),
                        yuan(form.spent())),
                locations,
                form.findings(),
                outcome);
    }

    /** 元 as the API shows them, with two decimals (the reader converts 万元 exactly, never finer than 1 分). */
    private static BigDecimal yuan(BigDecimal amount) {
        return amount == null || amount.scale() == 2 ? amount : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** The row number of a cell such as {@code B21} or {@code Sheet2!B21}. */
    private static int row(String location) {
        Matcher m = ROW.matcher(location == null ? "" : location);
        return m.find() ? Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
    }
}
