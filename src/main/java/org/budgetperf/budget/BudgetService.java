package org.budgetperf.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.FrameworkCatalog;
import org.budgetperf.budget.indicator.Indicator;
import org.budgetperf.budget.indicator.IndicatorFields;
import org.budgetperf.budget.indicator.IndicatorInput;
import org.budgetperf.budget.indicator.IndicatorView;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.task.BudgetTask;
import org.budgetperf.budget.task.TaskFields;
import org.budgetperf.budget.task.TaskInput;
import org.budgetperf.budget.task.TaskView;
import org.budgetperf.department.Department;
import org.budgetperf.shared.TrackedEntity;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.MergePatch;
import org.hibernate.UnresolvableObjectException;

/**
 * Budget tables: one per department and fiscal year. Every write validates the whole request first and
 * writes in one transaction, so a refused request leaves nothing behind.
 *
 * <p>Reads run in a transaction too: each then sees committed state in a fresh persistence context,
 * so an answer built after a write within the same request never shows a row as it was before.
 */
@ApplicationScoped
public class BudgetService {

    @Inject
    EntityManager em;

    @Inject
    DirectReads direct;

    @Inject
    InputValidator validator;

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    BudgetRows rows;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    /** The budget header with its department; 404 when unknown. */
    @Transactional
    public Budget get(UUID id) {
        Budget b = rows.findWithDepartment(id);
        if (b == null || !caller.sees(b.department.code)) {
            // Another department's table is answered like a missing one: its existence is not revealed.
            throw ProblemException.notFound(Messages.BUDGET, id);
        }
        return b;
    }

    /** The whole table as one document, read with a constant number of queries. */
    @Transactional
    public BudgetView view(UUID id) {
        return view(get(id));
    }

    /** The versions that determine a table's document; one primary-key query. 404 when unknown. */
    @Transactional
    public BudgetDocumentCache.Key documentKey(UUID id) {
        return current(id).key();
    }

    /** A table's document key with the state its allowed actions depend on, read together. */
    public record Current(BudgetDocumentCache.Key key, TableActions.State state) {}

    /**
     * {@link #documentKey} with the table's state; one primary-key query. 404 when unknown or out of the caller's
     * scope.
     *
     * <p>A {@link DirectReads} statement: it is the only statement of a cached table read, and the Hibernate
     * session and JTA transaction around it cost several times the query (JFR profile in docs/benchmarks.md).
     */
    public Current current(UUID id) {
        Current found = direct.first(
                        "SELECT b.version, d.version, d.code, b.status, b.approved_revision FROM budget b"
                                + " JOIN department d ON d.id = b.department_id WHERE b.id = ?",
                        row -> new Current(
                                new BudgetDocumentCache.Key(id, row.getLong(1), row.getLong(2)),
                                new TableActions.State(
                                        row.getString(3), BudgetStatus.valueOf(row.getString(4)), row.getInt(5))),
                        id)
                .orElseThrow(() -> ProblemException.notFound(Messages.BUDGET, id));
        if (!caller.sees(found.state().departmentCode())) {
            throw ProblemException.notFound(Messages.BUDGET, id);
        }
        return found;
    }

    /** A table's document with the versions it was built from, read in one transaction. */
    public record VersionedView(BudgetDocumentCache.Key key, BudgetView view, Budget budget) {}

    @Transactional
    public VersionedView versionedView(UUID id) {
        Budget b = get(id);
        return new VersionedView(new BudgetDocumentCache.Key(b.id, b.version, b.department.version), view(b), b);
    }

    @Transactional
    public BudgetView view(Budget b) {
        IndicatorFramework framework = frameworks.find(b.frameworkCode).orElse(null);
        List<TaskView> tasks =
                rows.all(TableBlock.TASKS, b.id).stream().map(TaskView::of).toList();
        List<IndicatorView> indicators = rows.all(TableBlock.INDICATORS, b.id).stream()
                .map(i -> IndicatorView.of(i, framework))
                .toList();
        return BudgetView.of(b, tasks, indicators);
    }

    /**
     * A stored table as plain values for the rule sets, with the ids of its rows in the same order, so
     * a finding about {@code indicators[12]} can name the indicator.
     */
    public record StoredTable(TargetTable table, List<UUID> taskIds, List<UUID> indicatorIds) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredTable storedTable(Budget b) {
        List<BudgetTask> tasks = rows.all(TableBlock.TASKS, b.id);
        Map<UUID, Integer> taskIndex = new HashMap<>();
        List<TaskLine> taskLines = new ArrayList<>();
        for (BudgetTask t : tasks) {
            taskIndex.put(t.id, taskLines.size());
            taskLines.add(new TaskLine(t.kind, t.name, t.content, t.plannedFunds, t.expectedOutcome));
        }
        List<Indicator> stored = rows.all(TableBlock.INDICATORS, b.id);
        List<IndicatorLine> indicators = stored.stream()
                .map(i -> new IndicatorLine(
                        i.level1,
                        i.level2,
                        i.name,
                        i.periodValue,
                        i.annualValue,
                        i.weight,
                        i.taskId == null ? null : taskIndex.get(i.taskId)))
                .toList();
        TargetTable table = new TargetTable(
                b.department.name,
                b.fiscalYear,
                b.periodStartYear,
                b.periodEndYear,
                b.staffCount,
                b.subordinateUnitCount,
                b.amounts(),
                b.overallGoalHtml,
                taskLines,
                indicators);
        return new StoredTable(
                table,
                tasks.stream().map(t -> t.id).toList(),
                stored.stream().map(i -> i.id).toList());
    }

    @Transactional
    public Budget create(BudgetCreate input) {
        List<Violation> violations = validator.check(input);
        InputValidator.failIfAny(violations);
        Budget budget = new Budget();
        budget.status = BudgetStatus.DRAFT;
        input.applyTo(budget, frameworks, violations);
        List<TaskInput> taskInputs = input.tasks == null ? List.of() : input.tasks;
        List<BudgetTask> tasks = new ArrayList<>();
        for (int i = 0; i < taskInputs.size(); i++) {
            BudgetTask task = new BudgetTask();
            TaskFields.apply(task, taskInputs.get(i), "tasks[" + i + "]", violations);
            task.position =
                    taskInputs.get(i).position() == null ? i : taskInputs.get(i).position();
            tasks.add(task);
        }
        List<IndicatorInput> indicatorInputs = input.indicators == null ? List.of() : input.indicators;
        for (int i = 0; i < indicatorInputs.size(); i++) {
            IndicatorInput in = indicatorInputs.get(i);
            if (in.taskId() != null) {
                violations.add(Violation.body(
                        "indicators[" + i + "].taskId",
                        ViolationCode.NOT_APPLICABLE,
                        Messages.TASK_BY_TASK_INDEX.of()));
            }
            if (in.taskIndex() != null && in.taskIndex() >= tasks.size()) {
                violations.add(Violation.body(
                        "indicators[" + i + "].taskIndex",
                        ViolationCode.UNKNOWN_REFERENCE,
                        Messages.NO_TASK_IN_REQUEST.of(in.taskIndex(), tasks.size())));
            }
        }
        InputValidator.failIfAny(violations);
        budget.department = existingDepartment(input.departmentId);
        ensureEdits(budget);
        ensureNoOtherTable(budget.department.id, budget.fiscalYear, null);
        em.persist(budget);
        for (BudgetTask task : tasks) {
            task.budgetId = budget.id;
            em.persist(task);
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < indicatorInputs.size(); i++) {
            IndicatorInput in = indicatorInputs.get(i);
            Indicator indicator = new Indicator();
            IndicatorFields.apply(indicator, in);
            indicator.budgetId = budget.id;
            indicator.position = in.position() == null ? i : in.position();
            indicator.taskId = in.taskIndex() == null ? null : tasks.get(in.taskIndex()).id;
            em.persist(indicator);
            indicators.add(indicator);
        }
        // Creating a table with its rows is one change: one record whose "after" holds the rows too.
        audit.record(
                subjectOf(budget),
                AuditRecord.Operation.CREATE,
                null,
                new CreatedTable(
                        BudgetUpdate.of(budget),
                        tasks.stream().map(TaskFields::snapshot).toList(),
                        indicators.stream().map(IndicatorFields::snapshot).toList()));
        em.flush();
        return budget;
    }

    @Transactional
    public Budget update(UUID id, String ifMatch, BudgetUpdate input) {
        Budget budget = lockedForEdit(id);
        ETags.require(ifMatch, budget.version);
        return change(budget, input);
    }

    /**
     * Applies a JSON merge patch to the header as it stands once the table is locked (amounts expressed in the
     * unit the patch states), so a patch sent with {@code If-Match: *} never overwrites a concurrent change.
     */
    @Transactional(rollbackOn = Exception.class)
    public Budget patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        MergePatch.requireReadable(mapper, patch, BudgetUpdate.class);
        Budget budget = lockedForEdit(id);
        ETags.require(ifMatch, budget.version);
        AmountUnit unit = MergePatch.statedUnit(mapper, patch);
        return change(budget, MergePatch.apply(mapper, BudgetUpdate.of(budget, unit), patch, BudgetUpdate.class));
    }

    private Budget change(Budget budget, BudgetUpdate input) {
        List<Violation> violations = validator.check(input);
        InputValidator.failIfAny(violations);
        // Before the header changes: a query after it would flush the new year into the unique index first.
        ensureNoOtherTable(budget.department.id, input.fiscalYear, budget.id);
        BudgetUpdate before = BudgetUpdate.of(budget);
        input.applyTo(budget, frameworks, violations);
        InputValidator.failIfAny(violations);
        em.flush();
        audit.record(subjectOf(budget), AuditRecord.Operation.UPDATE, before, BudgetUpdate.of(budget));
        return budget;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Budget budget = lockedForEdit(id);
        // The state is checked before the version, like every other refusal of an action (allowedActions): a stale
        // If-Match answers 412 only for a delete that would otherwise be performed.
        if (!TableActions.State.of(budget).deletable()) {
            throw new ProblemException(
                    ProblemCode.CONFLICT, Messages.TABLE_IS_OFFICIAL_RECORD.of(budget.id, budget.approvedRevision));
        }
        ETags.require(ifMatch, budget.version);
        audit.record(subjectOf(budget), AuditRecord.Operation.DELETE, BudgetUpdate.of(budget), null);
        List<UUID> rowIds = new ArrayList<>();
        rows.all(TableBlock.TASKS, budget.id).forEach(t -> rowIds.add(t.id));
        rows.all(TableBlock.INDICATORS, budget.id).forEach(i -> rowIds.add(i.id));
        successorsLoseLinks(rowIds);
        em.remove(budget);
        em.flush();
    }

    /**
     * Loads a table and holds its row lock until the transaction ends. Every change of a table (header, task,
     * indicator, transition) takes this lock first, so concurrent changes take turns instead of failing on each
     * other's version, and each one then reads the latest committed state: an {@code If-Match} check answers only
     * to what its caller read. 404 when unknown or out of the caller's scope.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Budget locked(UUID id) {
        Budget budget = get(id);
        try {
            em.refresh(budget, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException | UnresolvableObjectException e) {
            // Deleted by a request that held the lock first: gone for this one too.
            throw ProblemException.notFound(Messages.BUDGET, id);
        }
        return budget;
    }

    /** {@link #locked}, for a change by an editor of the table's department while the table is editable. */
    private Budget lockedForEdit(UUID id) {
        Budget budget = locked(id);
        ensureEdits(budget);
        ensureEditable(budget);
        return budget;
    }

    /**
     * Loads a table for a change to one of its rows: 404 when unknown, 409 when not editable; locks it
     * ({@link #locked}) and marks it changed, so its version, the table's ETag, rises with the row's change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Budget forRowChange(UUID id) {
        Budget budget = lockedForEdit(id);
        budget.touch();
        return budget;
    }

    /** A row of a table, read once the table is locked for its change. */
    public record LockedRow<R>(Budget budget, R row) {}

    /**
     * The order every change of a task or indicator follows: lock the table ({@link #forRowChange}), then read the row
     * fresh and check the caller's {@code If-Match} against that row's own version only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends TrackedEntity> LockedRow<R> lockRow(UUID budgetId, Supplier<R> readRow, String ifMatch) {
        Budget budget = forRowChange(budgetId);
        R row = readRow.get();
        ETags.require(ifMatch, row.version);
        return new LockedRow<>(budget, row);
    }

    /**
     * Before rows are deleted: the rows of other tables carried over from them lose their link (ON DELETE SET NULL),
     * which changes those tables' documents, so their versions (ETags, cached documents) rise with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void successorsLoseLinks(List<UUID> rowIds) {
        // A table may hold 25,000 rows; PostgreSQL binds at most 65,535 parameters per statement, and the list is bound
        // twice and padded by Hibernate to the next power of two, so it is sent in slices.
        for (int from = 0; from < rowIds.size(); from += LINK_SLICE) {
            em.createQuery("UPDATE Budget b SET b.version = b.version + 1 WHERE b.id IN"
                            + " (SELECT i.budgetId FROM Indicator i WHERE i.predecessorId IN :ids)"
                            + " OR b.id IN (SELECT t.budgetId FROM BudgetTask t WHERE t.predecessorId IN :ids)")
                    .setParameter("ids", rowIds.subList(from, Math.min(rowIds.size(), from + LINK_SLICE)))
                    .executeUpdate();
        }
    }

    private static final int LINK_SLICE = 10_000;

    /** What the audit trail records when a table is created: its header and every row it came with. */
    record CreatedTable(
            @com.fasterxml.jackson.annotation.JsonUnwrapped BudgetUpdate header,
            List<TaskInput> tasks,
            List<IndicatorInput> indicators) {}

    /** Only an editor of the table's own department may change it. */
    void ensureEdits(Budget budget) {
        if (!caller.edits(budget.department.code)) {
            throw new ProblemException(
                    ProblemCode.FORBIDDEN, Messages.ONLY_DEPARTMENT_EDITORS_CHANGE.of(budget.department.code));
        }
    }

    public static AuditTrail.Subject subjectOf(Budget budget) {
        return new AuditTrail.Subject(AuditRecord.EntityType.BUDGET, budget.id, budget.id, budget.department.id);
    }

    private static void ensureEditable(Budget budget) {
        if (!budget.status.editable()) {
            throw new ProblemException(
                    ProblemCode.CONFLICT,
                    Messages.TABLE_NOT_EDITABLE.of(budget.id, budget.status, BudgetStatus.EDITABLE));
        }
    }

    Department existingDepartment(UUID id) {
        Department d = em.find(Department.class, id);
        if (d == null) {
            throw new ProblemException(
                    ProblemCode.BUSINESS_RULE_VIOLATED,
                    Messages.NOT_FOUND.of(Messages.DEPARTMENT, id),
                    List.of(Violation.body(
                            "departmentId", ViolationCode.UNKNOWN_REFERENCE, Messages.NO_SUCH_DEPARTMENT.of())));
        }
        return d;
    }

    void ensureNoOtherTable(UUID departmentId, int fiscalYear, UUID self) {
        List<UUID> existing = em.createQuery(
                        "SELECT b.id FROM Budget b WHERE b.department.id = :d AND b.fiscalYear = :y", UUID.class)
                .setParameter("d", departmentId)
                .setParameter("y", fiscalYear)
                .getResultList();
        if (existing.stream().anyMatch(e -> !e.equals(self))) {
            throw new ProblemException(
                    ProblemCode.DUPLICATE_BUDGET,
                    Messages.TABLE_EXISTS_FOR_YEAR_AT.of(fiscalYear, existing.get(0)),
                    List.of(Violation.body("fiscalYear", ViolationCode.DUPLICATE, Messages.TABLE_OF_YEAR_EXISTS.of())));
        }
    }
}
