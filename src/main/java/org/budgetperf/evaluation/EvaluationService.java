package org.budgetperf.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckService;
import org.budgetperf.checks.RunKind;
import org.budgetperf.evaluation.domain.IndicatorActual;
import org.budgetperf.evaluation.domain.IndicatorProgress;
import org.budgetperf.evaluation.domain.InvalidInput;
import org.budgetperf.evaluation.domain.MissingExplanation;
import org.budgetperf.evaluation.domain.MonitoringInput;
import org.budgetperf.evaluation.domain.MonitoringOutcome;
import org.budgetperf.evaluation.domain.MonitoringRuleSet;
import org.budgetperf.evaluation.domain.MonitoringThresholds;
import org.budgetperf.evaluation.domain.SelfEvaluationInput;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.evaluation.domain.SelfEvaluationRuleSet;
import org.budgetperf.evaluation.domain.TaskActual;
import org.budgetperf.evaluation.domain.WeightSet;
import org.budgetperf.evaluation.weights.WeightSets;
import org.budgetperf.lifecycle.RevisionService;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.money.Money;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.web.InputValidator;

/**
 * Monitoring reports and self-evaluations of approved tables. The rules (docs/rules.md, R-MON and
 * R-SCO) run on the table as approved; a report missing a required cause, measure or deviation
 * explanation, or with figures the rules cannot use, is refused with a 422 naming the indicators and
 * nothing is recorded.
 */
@ApplicationScoped
public class EvaluationService {

    /** A monitoring report as recorded: what the department sent and what the rules made of it. */
    public record MonitoringRun(EvaluationInputs.MonitoringReport input, MonitoringOutcome outcome) {}

    /** A self-evaluation as recorded: what the department sent and how the rules scored it. */
    public record SelfEvaluationRun(EvaluationInputs.SelfEvaluation input, SelfEvaluationOutcome outcome) {}

    /** Evaluations keep what was sent next to the outcome: an export of the 绩效自评表 needs both, as recorded. */
    public static final RunKind<MonitoringRun> MONITORING_RUNS =
            new RunKind<>(CheckRun.Kind.MONITORING, MonitoringRun.class);

    public static final RunKind<SelfEvaluationRun> SELF_EVALUATION_RUNS =
            new RunKind<>(CheckRun.Kind.SELF_EVALUATION, SelfEvaluationRun.class);

    @Inject
    CheckService checks;

    @Inject
    InputValidator validator;

    @Inject
    RevisionService revisions;

    @Inject
    MonitoringConfig monitoringConfig;

    @Inject
    ScoringConfig scoringConfig;

    @Inject
    WeightSets weightSets;

    @Inject
    DomainMetrics metrics;

    private final MonitoringRuleSet monitoringRules = new MonitoringRuleSet();
    private final SelfEvaluationRuleSet scoringRules = new SelfEvaluationRuleSet();
    private MonitoringThresholds thresholds;

    /** Thresholds the rules refuse (red above yellow) fail when the bean is made. */
    @jakarta.annotation.PostConstruct
    void configure() {
        thresholds = new MonitoringThresholds(monitoringConfig.redBelow(), monitoringConfig.yellowBelow());
    }

    /**
     * The monitoring rules over one report, as a run to record. The report's own form is checked here, before the
     * table is read, so a malformed report records nothing and names no table.
     */
    public Function<CheckService.Subject, CheckService.Checked<MonitoringRun>> monitoring(
            EvaluationInputs.MonitoringReport report) {
        InputValidator.failIfAny(validator.check(report));
        return checked -> {
            CheckService.Subject subject = approved(checked);
            MonitoringOutcome outcome =
                    monitoringRules.run(subject.table(), monitoringInput(report, subject), thresholds);
            refuseIfIncomplete(outcome.missing(), outcome.invalid());
            return new CheckService.Checked<>(
                    outcome.ruleSetVersion(),
                    outcome.execution().light().name(),
                    new MonitoringRun(report, outcome),
                    report.month(),
                    CheckService.FindingCounts.NONE);
        };
    }

    /** The scoring rules over one self-evaluation, as a run to record; its form is checked first, as for reports. */
    public Function<CheckService.Subject, CheckService.Checked<SelfEvaluationRun>> selfEvaluation(
            EvaluationInputs.SelfEvaluation evaluation) {
        InputValidator.failIfAny(validator.check(evaluation));
        return checked -> {
            SelfEvaluationOutcome outcome = score(evaluation, approved(checked));
            refuseIfIncomplete(outcome.missing(), outcome.invalid());
            return new CheckService.Checked<>(
                    outcome.ruleSetVersion(), outcome.grade(), new SelfEvaluationRun(evaluation, outcome));
        };
    }

    /** Scores without recording: the whole outcome, including what is still missing. */
    public SelfEvaluationOutcome previewSelfEvaluation(UUID budgetId, EvaluationInputs.SelfEvaluation evaluation) {
        InputValidator.failIfAny(validator.check(evaluation));
        return checks.inspect(budgetId, subject -> score(evaluation, approved(subject)));
    }

    /** Scores without recording the approved table a form was read against (a form being previewed). */
    SelfEvaluationOutcome previewSelfEvaluation(
            EvaluationInputs.SelfEvaluation evaluation, CheckService.Subject subject) {
        InputValidator.failIfAny(validator.check(evaluation));
        return score(evaluation, subject);
    }

    private SelfEvaluationOutcome score(EvaluationInputs.SelfEvaluation evaluation, CheckService.Subject subject) {
        List<Violation> violations = new ArrayList<>();
        AmountUnit unit = evaluation.amountUnit();
        BigDecimal adjusted = Money.toYuan(evaluation.adjustedBudget(), unit, "adjustedBudget", violations);
        BigDecimal spent = Money.toYuan(evaluation.spent(), unit, "spent", violations);
        List<IndicatorActual> actuals = Rows.indicators(subject)
                .lines(
                        "actuals",
                        evaluation.actuals(),
                        EvaluationInputs.IndicatorActual::indicatorId,
                        violations,
                        (indicator, a, at) -> new IndicatorActual(
                                indicator, a.actual(), a.qualitativeScorePercent(), a.deviationExplanation()));
        List<TaskActual> tasks = tasks(evaluation.tasks(), unit, subject, violations);
        InputValidator.failIfAny(violations);
        WeightSet set = evaluation.weightSet() != null
                ? weightSets.named(evaluation.weightSet(), "body", "weightSet")
                : weightSets.named(
                        scoringConfig
                                .frameworkWeightSets()
                                .getOrDefault(subject.budget().frameworkCode, scoringConfig.defaultWeightSet()),
                        "body",
                        "weightSet");
        refuseUndeclared(
                set.resolve(subject.table()),
                (i, field) -> "table.indicators" + (i == null ? "" : "[" + i + "]") + "." + field,
                "table");
        return metrics.timed(
                "perf.scoring",
                () -> scoringRules.run(
                        subject.table(),
                        new SelfEvaluationInput(adjusted, spent, evaluation.executionShortfallReason(), actuals, tasks),
                        set));
    }

    /**
     * An "as declared" set whose table (or form) does not declare usable weights making 100: a 422 naming each
     * line where it is ({@code at}: from the indicator index, null for the whole, and the field, to a field path of
     * the table or a cell of the form), nothing scored.
     */
    static void refuseUndeclared(
            WeightSet.Resolved resolved, java.util.function.BiFunction<Integer, String, String> at, String in) {
        if (resolved.weights() != null) {
            return;
        }
        throw new ProblemException(
                ProblemCode.EVALUATION_INCOMPLETE,
                Messages.DECLARED_WEIGHTS_UNUSABLE.of(),
                resolved.problems().stream()
                        .map(p -> new Violation(
                                at.apply(p.indicatorIndex(), p.field()),
                                in,
                                ViolationCode.DECLARED_WEIGHTS_UNUSABLE,
                                Text.of(p.messageEn(), p.messageZh())))
                        .toList());
    }

    private MonitoringInput monitoringInput(EvaluationInputs.MonitoringReport report, CheckService.Subject subject) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal budget = report.budget() == null
                ? Money.sumOfPresent(
                        subject.table().amounts().fiscalAppropriation(),
                        subject.table().amounts().otherFunds())
                : Money.toYuan(report.budget(), report.amountUnit(), "budget", violations);
        BigDecimal spent = Money.toYuan(report.spentToDate(), report.amountUnit(), "spentToDate", violations);
        List<IndicatorProgress> progress = Rows.indicators(subject)
                .lines(
                        "indicators",
                        report.indicators(),
                        EvaluationInputs.IndicatorProgress::indicatorId,
                        violations,
                        (indicator, p, at) -> new IndicatorProgress(
                                indicator, p.valueToDate(), p.expectedYearEnd(), p.cause(), p.measure()));
        List<TaskActual> tasks = tasks(report.tasks(), report.amountUnit(), subject, violations);
        InputValidator.failIfAny(violations);
        return new MonitoringInput(report.month(), budget, spent, progress, tasks);
    }

    private static List<TaskActual> tasks(
            List<EvaluationInputs.TaskSpending> given,
            AmountUnit unit,
            CheckService.Subject subject,
            List<Violation> violations) {
        return Rows.tasks(subject)
                .lines(
                        "tasks",
                        given,
                        EvaluationInputs.TaskSpending::taskId,
                        violations,
                        (task, t, at) -> new TaskActual(
                                task, Money.toYuan(t.actualSpending(), unit, at + ".actualSpending", violations)));
    }

    /** Makes one line of rule input from an entry of a request list, given the row index its id names. */
    private interface Line<E, L> {
        L of(int rowIndex, E entry, String at);
    }

    /** The rows of the stored table that the entries of a request list name by id. */
    private record Rows(String idField, List<UUID> ids) {

        static Rows indicators(CheckService.Subject subject) {
            return new Rows("indicatorId", subject.stored().indicatorIds());
        }

        static Rows tasks(CheckService.Subject subject) {
            return new Rows("taskId", subject.stored().taskIds());
        }

        /**
         * The entries of a request list as rule input, each with the index of the row its id names. An id that is no
         * row of this table is a violation at {@code list[i].idField}; {@code at} is the entry's own path.
         */
        <E, L> List<L> lines(
                String list, List<E> given, Function<E, UUID> id, List<Violation> violations, Line<E, L> line) {
            Map<UUID, Integer> index = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
            List<L> lines = new ArrayList<>();
            List<E> entries = given == null ? List.of() : given;
            for (int i = 0; i < entries.size(); i++) {
                E entry = entries.get(i);
                String at = list + "[" + i + "]";
                Integer row = index.get(id.apply(entry));
                if (row == null) {
                    violations.add(Violation.body(
                            at + "." + idField, ViolationCode.UNKNOWN_REFERENCE, Messages.NOT_A_ROW.of()));
                }
                // -1 never reaches the rules: the violation refuses the request before they run.
                lines.add(line.of(row == null ? -1 : row, entry, at));
            }
            return lines;
        }
    }

    /** Evaluations concern the table as last approved, also while an adjustment is open (409 if never approved). */
    CheckService.Subject approved(CheckService.Subject subject) {
        if (subject.budget().status == BudgetStatus.APPROVED) {
            return subject; // the stored table is the approved one: no second read
        }
        return new CheckService.Subject(
                subject.budget(), revisions.approvedTable(subject.budget()), subject.framework());
    }

    private static void refuseIfIncomplete(List<MissingExplanation> missing, List<InvalidInput> invalid) {
        List<Violation> violations = new ArrayList<>();
        // Each names the rule that requires it, as a blocked submission's findings do.
        missing.forEach(m -> violations.add(new Violation(
                m.field(),
                "body",
                ViolationCode.MISSING_EXPLANATION,
                aboutSubject(m.subject(), Text.of(m.messageEn(), m.messageZh())),
                m.ruleId())));
        invalid.forEach(v -> violations.add(new Violation(
                v.field(),
                "body",
                ViolationCode.UNUSABLE_FIGURE,
                aboutSubject(v.subject(), Text.of(v.messageEn(), v.messageZh())),
                v.ruleId())));
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.EVALUATION_INCOMPLETE,
                    Messages.EVALUATION_INCOMPLETE.of(violations.size()),
                    violations);
        }
    }

    /** The rules' message, after the subject it concerns (an indicator, a task) when there is one. */
    private static Text aboutSubject(String subject, Text message) {
        return subject == null ? message : Messages.ABOUT_SUBJECT.of(subject, message);
    }
}
