package org.budgetperf.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.FrameworkCatalog;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
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
     * A run as recorded, with its result still in its domain type: decisions read this, never the stored JSON.
     *
     * @param checkedVersion the table version the rule set saw
     */
    public record Recorded<T>(CheckRunView view, T result, long checkedVersion) {}

    /** Who may record a run of a kind: checks are for the department and the bureau, evaluations for the department. */
    private boolean mayRecord(CheckRun.Kind kind, Budget budget) {
        boolean departmentOnly = kind == CheckRun.Kind.MONITORING || kind == CheckRun.Kind.SELF_EVALUATION;
        return caller.edits(budget.department.code) || (!departmentOnly && caller.hasRole(Roles.FINANCE_REVIEWER));
    }

    /** Everything a rule set may look at. */
    public record Subject(Budget budget, BudgetService.StoredTable stored, IndicatorFramework framework) {

        public TargetTable table() {
            return stored.table();
        }
    }

    private final BudgetService budgets;
    private final FrameworkCatalog frameworks;
    private final CheckRuns runs;
    private final Caller caller;

    public CheckService(BudgetService budgets, FrameworkCatalog frameworks, CheckRuns runs, Caller caller) {
        this.budgets = budgets;
        this.frameworks = frameworks;
        this.runs = runs;
        this.caller = caller;
    }

    @Transactional
    public <T> Recorded<T> run(CheckRun.Kind kind, UUID budgetId, Function<Subject, Checked<T>> ruleSet) {
        Budget budget = budgets.get(budgetId);
        if (!mayRecord(kind, budget)) {
            throw new ProblemException(
                    ProblemCode.FORBIDDEN,
                    kind == CheckRun.Kind.MONITORING || kind == CheckRun.Kind.SELF_EVALUATION
                            ? "the department's editors report on their own tables"
                            : "the department's editors and the finance bureau run checks on a table");
        }
        IndicatorFramework framework = frameworks.find(budget.frameworkCode).orElse(null);
        Checked<T> checked = ruleSet.apply(new Subject(budget, budgets.storedTable(budget), framework));
        CheckRun run = runs.record(kind, budget, checked);
        return new Recorded<>(view(run, budget.version, false), checked.result(), budget.version);
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

    @Transactional
    public List<CheckRunView> list(CheckRun.Kind kind, UUID budgetId, int offset, int limit) {
        long current = budgets.documentKey(budgetId).budgetVersion();
        return runs.list(kind, budgetId, offset, limit).stream()
                .map(r -> view(r, current, runs.superseded(r)))
                .toList();
    }

    @Transactional
    public long count(CheckRun.Kind kind, UUID budgetId) {
        return runs.count(kind, budgetId);
    }

    /** A page of a table's recorded runs of one kind, newest first: what every run resource lists. */
    public Page<CheckRunView> page(CheckRun.Kind kind, UUID budgetId, String page, String size, UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        return request.toPage(
                list(kind, budgetId, request.offset(), request.size()), count(kind, budgetId), run -> run, uri);
    }

    @Transactional
    public CheckRunView get(CheckRun.Kind kind, UUID budgetId, UUID runId) {
        long current = budgets.documentKey(budgetId).budgetVersion();
        CheckRun run = runs.get(kind, budgetId, runId);
        return view(run, current, runs.superseded(run));
    }

    /** The framework a preview is checked against: the one named, or the default. */
    public IndicatorFramework framework(String code) {
        String wanted = code == null ? FrameworkCatalog.DEFAULT_CODE : code;
        return frameworks
                .find(wanted)
                .orElseThrow(() ->
                        ProblemException.invalid("frameworkCode", "unknown indicator framework '" + wanted + "'"));
    }

    private CheckRunView view(CheckRun run, long currentVersion, boolean superseded) {
        return new CheckRunView(
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
                runs.result(run));
    }
}
