package org.budgetperf.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckRunView;
import org.budgetperf.checks.CheckService;
import org.budgetperf.evaluation.domain.IndicatorActual;
import org.budgetperf.evaluation.domain.IndicatorProgress;
import org.budgetperf.evaluation.domain.InvalidInput;
import org.budgetperf.evaluation.domain.MissingExplanation;
import org.budgetperf.evaluation.domain.MonitoringInput;
import org.budgetperf.evaluation.domain.MonitoringOutcome;
import org.budgetperf.evaluation.domain.MonitoringRuleSet;
import org.budgetperf.evaluation.domain.MonitoringThresholds;
import org.budgetperf.evaluation.domain.ScoringWeights;
import org.budgetperf.evaluation.domain.SelfEvaluationInput;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.evaluation.domain.SelfEvaluationRuleSet;
import org.budgetperf.evaluation.domain.TaskActual;
import org.budgetperf.shared.money.Money;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.web.InputValidator;

/**
 * Monitoring reports and self-evaluations of approved tables. The rules (docs/rules.md, R-MON and
 * R-SCO) run on the table as approved; a report missing a required cause, measure or deviation
 * explanation, or with figures the rules cannot use, is refused with a 422 naming the indicators and
 * nothing is recorded.
 */
@ApplicationScoped
public class EvaluationService {

    /** What the department sent and what the rules made of it, as recorded. */
    public record Recorded<T>(Object input, T outcome) {}

    private final CheckService checks;
    private final InputValidator validator;
    private final MonitoringRuleSet monitoring = new MonitoringRuleSet();
    private final SelfEvaluationRuleSet scoring = new SelfEvaluationRuleSet();
    private final MonitoringThresholds thresholds;
    private final ScoringWeights weights;

    public EvaluationService(
            CheckService checks,
            InputValidator validator,
            MonitoringConfig monitoringConfig,
            ScoringConfig scoringConfig) {
        this.checks = checks;
        this.validator = validator;
        this.thresholds = new MonitoringThresholds(monitoringConfig.redBelow(), monitoringConfig.yellowBelow());
        this.weights = new ScoringWeights(
                scoringConfig.output(),
                scoringConfig.outcome(),
                scoringConfig.satisfaction(),
                scoringConfig.budgetExecution(),
                scoringConfig.weightsVersion());
    }

    public CheckRunView recordMonitoring(UUID budgetId, EvaluationInputs.MonitoringReport report) {
        InputValidator.failIfAny(validator.check(report));
        return checks.run(CheckRun.Kind.MONITORING, budgetId, subject -> {
                    MonitoringOutcome outcome =
                            monitoring.run(subject.table(), monitoringInput(report, subject), thresholds);
                    refuseIfIncomplete(outcome.missing(), outcome.invalid());
                    return new CheckService.Checked<>(
                            outcome.ruleSetVersion(),
                            outcome.execution().light().name(),
                            new Recorded<>(report, outcome),
                            report.month(),
                            CheckService.FindingCounts.NONE);
                })
                .view();
    }

    public CheckRunView recordSelfEvaluation(UUID budgetId, EvaluationInputs.SelfEvaluation evaluation) {
        InputValidator.failIfAny(validator.check(evaluation));
        return checks.run(CheckRun.Kind.SELF_EVALUATION, budgetId, subject -> {
                    SelfEvaluationOutcome outcome = score(evaluation, subject);
                    refuseIfIncomplete(outcome.missing(), outcome.invalid());
                    return new CheckService.Checked<>(
                            outcome.ruleSetVersion(), outcome.grade(), new Recorded<>(evaluation, outcome));
                })
                .view();
    }

    /** Scores without recording: the whole outcome, including what is still missing. */
    public SelfEvaluationOutcome previewSelfEvaluation(UUID budgetId, EvaluationInputs.SelfEvaluation evaluation) {
        InputValidator.failIfAny(validator.check(evaluation));
        return checks.inspect(budgetId, subject -> score(evaluation, subject));
    }

    private SelfEvaluationOutcome score(EvaluationInputs.SelfEvaluation evaluation, CheckService.Subject subject) {
        requireApproved(subject);
        List<Violation> violations = new ArrayList<>();
        BigDecimal adjusted =
                Money.toYuan(evaluation.adjustedBudget(), evaluation.amountUnit(), "adjustedBudget", violations);
        BigDecimal spent = Money.toYuan(evaluation.spent(), evaluation.amountUnit(), "spent", violations);
        Map<UUID, Integer> indicatorIndex = indexOf(subject.stored().indicatorIds());
        List<IndicatorActual> actuals = new ArrayList<>();
        List<EvaluationInputs.IndicatorActual> given = evaluation.actuals() == null ? List.of() : evaluation.actuals();
        for (int i = 0; i < given.size(); i++) {
            EvaluationInputs.IndicatorActual a = given.get(i);
            actuals.add(new IndicatorActual(
                    index(indicatorIndex, a.indicatorId(), "actuals[" + i + "].indicatorId", violations),
                    a.actual(),
                    a.qualitativeScorePercent(),
                    a.deviationExplanation()));
        }
        List<TaskActual> tasks = tasks(evaluation.tasks(), evaluation.amountUnit(), subject, violations);
        InputValidator.failIfAny(violations);
        return scoring.run(
                subject.table(),
                new SelfEvaluationInput(adjusted, spent, evaluation.executionShortfallReason(), actuals, tasks),
                weights);
    }

    private MonitoringInput monitoringInput(EvaluationInputs.MonitoringReport report, CheckService.Subject subject) {
        requireApproved(subject);
        List<Violation> violations = new ArrayList<>();
        BigDecimal budget = report.budget() == null
                ? Money.sumOfPresent(
                        subject.table().amounts().fiscalAppropriation(),
                        subject.table().amounts().otherFunds())
                : Money.toYuan(report.budget(), report.amountUnit(), "budget", violations);
        BigDecimal spent = Money.toYuan(report.spentToDate(), report.amountUnit(), "spentToDate", violations);
        Map<UUID, Integer> indicatorIndex = indexOf(subject.stored().indicatorIds());
        List<IndicatorProgress> progress = new ArrayList<>();
        List<EvaluationInputs.IndicatorProgress> given = report.indicators() == null ? List.of() : report.indicators();
        for (int i = 0; i < given.size(); i++) {
            EvaluationInputs.IndicatorProgress p = given.get(i);
            progress.add(new IndicatorProgress(
                    index(indicatorIndex, p.indicatorId(), "indicators[" + i + "].indicatorId", violations),
                    p.valueToDate(),
                    p.expectedYearEnd(),
                    p.cause(),
                    p.measure()));
        }
        List<TaskActual> tasks = tasks(report.tasks(), report.amountUnit(), subject, violations);
        InputValidator.failIfAny(violations);
        return new MonitoringInput(report.month(), budget, spent, progress, tasks);
    }

    private List<TaskActual> tasks(
            List<EvaluationInputs.TaskSpending> given,
            org.budgetperf.shared.money.AmountUnit unit,
            CheckService.Subject subject,
            List<Violation> violations) {
        Map<UUID, Integer> taskIndex = indexOf(subject.stored().taskIds());
        List<TaskActual> tasks = new ArrayList<>();
        List<EvaluationInputs.TaskSpending> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            EvaluationInputs.TaskSpending t = list.get(i);
            tasks.add(new TaskActual(
                    index(taskIndex, t.taskId(), "tasks[" + i + "].taskId", violations),
                    Money.toYuan(t.actualSpending(), unit, "tasks[" + i + "].actualSpending", violations)));
        }
        return tasks;
    }

    /** Evaluations attach to the approved revision: a table that is not approved has nothing to evaluate. */
    private static void requireApproved(CheckService.Subject subject) {
        if (subject.budget().status != BudgetStatus.APPROVED) {
            throw new ProblemException(
                    ProblemCode.CONFLICT,
                    "budget " + subject.budget().id + " is " + subject.budget().status
                            + "; monitoring and self-evaluation concern an APPROVED table");
        }
    }

    private static void refuseIfIncomplete(List<MissingExplanation> missing, List<InvalidInput> invalid) {
        List<Violation> violations = new ArrayList<>();
        missing.forEach(m -> violations.add(Violation.body(
                m.field(),
                (m.subject() == null ? "" : m.subject() + ": ") + m.messageEn() + " (" + m.messageZh() + ")")));
        invalid.forEach(v -> violations.add(Violation.body(
                v.field(),
                (v.subject() == null ? "" : v.subject() + ": ") + v.messageEn() + " (" + v.messageZh() + ")")));
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.EVALUATION_INCOMPLETE,
                    violations.size() + " required explanation(s) or usable figure(s) missing; see violations",
                    violations);
        }
    }

    private static Map<UUID, Integer> indexOf(List<UUID> ids) {
        Map<UUID, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), i);
        }
        return map;
    }

    private static int index(Map<UUID, Integer> ids, UUID id, String field, List<Violation> violations) {
        Integer index = ids.get(id);
        if (index == null) {
            violations.add(Violation.body(field, "not a row of this table"));
            return -1;
        }
        return index;
    }
}
