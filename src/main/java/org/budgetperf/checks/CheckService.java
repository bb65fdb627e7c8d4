package org.budgetperf.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.FrameworkCatalog;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/**
 * Runs a rule set over the current version of a stored table and records the run, in one transaction
 * that also reads the table: the recorded version is exactly the one checked.
 */
@ApplicationScoped
public class CheckService {

    /**
     * What a rule set produced: the overall outcome and the counts to index, and the full typed result to keep.
     *
     * @param month the month a monitoring report covers, else null
     * @param counts failed checks by severity, stored in columns of their own so lists and queues query them
     */
    public record Checked<T>(String ruleSetVersion, String outcome, T result, Integer month, FindingCounts counts) {

        public Checked(String ruleSetVersion, String outcome, T result) {
            this(ruleSetVersion, outcome, result, null, FindingCounts.NONE);
        }
    }

    /** How many checks of a run failed with severity ERROR and WARNING. */
    public record FindingCounts(int errors, int warnings) {

        public static final FindingCounts NONE = new FindingCounts(0, 0);
    }

    /**
     * A run as recorded, its result still in its domain type: decisions read this, never the stored JSON.
     *
     * @param checkedVersion the table version the rule set saw
     */
    public record Recorded<T>(CheckRunView<T> view, long checkedVersion) {

        public T result() {
            return view.result();
        }
    }

    /** Everything a rule set may look at. */
    public record Subject(Budget budget, BudgetService.StoredTable stored, IndicatorFramework framework) {

        public TargetTable table() {
            return stored.table();
        }
    }

    @Inject
    BudgetService budgets;

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    CheckRuns runs;

    @Inject
    Caller caller;

    @Inject
    DomainMetrics metrics;

    @Transactional
    public <T> Recorded<T> run(CheckRun.Kind kind, UUID budgetId, Function<Subject, Checked<T>> ruleSet) {
        return run(kind, budgetId, null, ruleSet);
    }

    /** {@link #run}, refused with 412 when {@code ifMatch} is given and the table is no longer at that version. */
    @Transactional
    public <T> Recorded<T> run(
            CheckRun.Kind kind, UUID budgetId, String ifMatch, Function<Subject, Checked<T>> ruleSet) {
        Budget budget = budgets.get(budgetId);
        mayRecord(kind, budget);
        ETags.requireIfGiven(ifMatch, budget.version);
        IndicatorFramework framework = frameworks.find(budget.frameworkCode).orElse(null);
        Checked<T> checked = ruleSet.apply(new Subject(budget, budgets.storedTable(budget), framework));
        CheckRun run = runs.record(kind, budget, checked);
        // The rule set's own verdict (a light, a grade, PASS/FAIL): each kind has a handful.
        metrics.count("perf.check.runs", "kind", kind.name(), "outcome", checked.outcome());
        return new Recorded<>(view(run, checked.result(), budget.version, false), budget.version);
    }

    /** Checks are for the department and the bureau, evaluations for the department alone. */
    public static boolean mayRecord(Caller caller, CheckRun.Kind kind, String departmentCode) {
        return caller.edits(departmentCode) || (!kind.isEvaluation() && caller.hasRole(Roles.FINANCE_REVIEWER));
    }

    private void mayRecord(CheckRun.Kind kind, Budget budget) {
        if (mayRecord(caller, kind, budget.department.code)) {
            return;
        }
        throw new ProblemException(
                ProblemCode.FORBIDDEN,
                kind.isEvaluation()
                        ? Messages.EDITORS_REPORT_ON_OWN_TABLES.of()
                        : Messages.EDITORS_AND_BUREAU_RUN_CHECKS.of());
    }

    /** Applies a function to the stored table without recording anything (previews); visibility as for reads. */
    @Transactional
    public <T> T inspect(UUID budgetId, Function<Subject, T> function) {
        Budget budget = budgets.get(budgetId);
        return function.apply(new Subject(
                budget,
                budgets.storedTable(budget),
                frameworks.find(budget.frameworkCode).orElse(null)));
    }

    /** A page of a table's recorded runs of one kind, newest first: what every run resource lists. */
    @Transactional
    public <O> Page<CheckRunView<O>> page(RunKind<O> kind, UUID budgetId, PageRequest request, UriInfo uri) {
        long current = budgets.documentKey(budgetId).budgetVersion();
        return runs.page(kind.kind(), budgetId, request, run -> read(kind, run, current), uri);
    }

    @Transactional
    public <O> CheckRunView<O> get(RunKind<O> kind, UUID budgetId, UUID runId) {
        long current = budgets.documentKey(budgetId).budgetVersion();
        return read(kind, runs.get(kind.kind(), budgetId, runId), current);
    }

    /** The framework a preview is checked against: the one named, or the default. */
    public IndicatorFramework framework(String code) {
        String wanted = code == null ? FrameworkCatalog.DEFAULT_CODE : code;
        return frameworks
                .find(wanted)
                .orElseThrow(() -> ProblemException.invalid(
                        "frameworkCode", ViolationCode.UNKNOWN_REFERENCE, Messages.UNKNOWN_FRAMEWORK.of(wanted)));
    }

    private <O> CheckRunView<O> read(RunKind<O> kind, CheckRun run, long currentVersion) {
        return view(run, runs.result(run, kind.resultType()), currentVersion, runs.superseded(run));
    }

    private static <O> CheckRunView<O> view(CheckRun run, O result, long currentVersion, boolean superseded) {
        return new CheckRunView<>(
                run.id,
                run.kind,
                run.budgetId,
                ETags.of(run.budgetVersion),
                run.revision,
                run.month,
                run.ruleSetVersion,
                run.actor,
                run.recordedAt,
                run.outcome,
                run.budgetVersion == currentVersion,
                superseded,
                result);
    }
}
