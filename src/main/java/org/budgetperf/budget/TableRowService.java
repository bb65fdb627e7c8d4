package org.budgetperf.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.PageRequest;

/**
 * The rows of one block of a table (tasks, indicators): listed, read, created, replaced, patched and deleted the same
 * way for every block. Each change raises the table's version (its ETag) and follows the one order
 * {@link BudgetService#lockRow} states, so editors of different rows take turns on the table's lock instead of
 * failing on each other; each is recorded in the audit trail. A block supplies only what is its own: how an input is
 * copied onto a row and back, and any check beyond the input's annotations.
 *
 * @param <R> the row entity
 * @param <I> what a client sends for a row, also the form the audit trail records a row in
 */
public abstract class TableRowService<R extends TableRow, I extends TableRowInput> {

    @Inject
    protected EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    protected BudgetService budgets;

    @Inject
    BudgetRows rows;

    @Inject
    AuditTrail audit;

    @Inject
    protected ObjectMapper mapper;

    private final TableBlock<R> block;
    private final Class<I> inputType;

    protected TableRowService(TableBlock<R> block, Class<I> inputType) {
        this.block = block;
        this.inputType = inputType;
    }

    /** A new, empty row of the block. */
    protected abstract R newRow();

    /** Copies a validated input onto a row, adding what cannot be copied to {@code violations}. */
    protected abstract void apply(R row, I input, List<Violation> violations);

    /** The row in input form: what the audit trail records before and after a change. */
    protected abstract I snapshot(R row);

    /** Where a row sent without a position goes: after the last row of its block in its table. */
    protected int nextPosition(R row) {
        return afterLast(em.createQuery(
                        "SELECT max(r.position) FROM " + block.entity() + " r WHERE r.budgetId = :b", Integer.class)
                .setParameter("b", row.budgetId));
    }

    /** One past the highest position a query finds; 0 for the first row. */
    protected static int afterLast(TypedQuery<Integer> highestPosition) {
        Integer max = highestPosition.getSingleResult();
        return max == null ? 0 : max + 1;
    }

    /** The violations of an input: its annotations' by default. */
    protected List<Violation> check(I input) {
        return validator.check(input);
    }

    /** Links the row to other rows of its (locked) table, refusing links that leave the table. None by default. */
    protected void link(Budget budget, R row, I input) {}

    /** The row in input form that a merge patch is applied to: its snapshot by default. */
    protected I patchBase(R row, JsonNode patch) throws JsonProcessingException {
        return snapshot(row);
    }

    @Transactional
    public List<R> list(UUID budgetId, PageRequest page) {
        budgets.get(budgetId);
        return rows.page(block, budgetId, page.offset(), page.size());
    }

    @Transactional
    public long count(UUID budgetId) {
        return rows.count(block, budgetId);
    }

    @Transactional
    public R get(UUID budgetId, UUID rowId) {
        budgets.get(budgetId);
        R row = em.find(block.rowType(), rowId);
        if (row == null || !row.budgetId.equals(budgetId)) {
            throw ProblemException.notFound(block.rowName(), rowId);
        }
        return row;
    }

    /** Validates the input before the table is locked, so a refused row never waits for other editors. */
    @Transactional
    public R create(UUID budgetId, I input) {
        List<Violation> violations = check(input);
        InputValidator.failIfAny(violations);
        R row = newRow();
        apply(row, input, violations);
        InputValidator.failIfAny(violations);
        Budget budget = budgets.forRowChange(budgetId);
        link(budget, row, input);
        row.budgetId = budgetId;
        row.position = input.position() == null ? nextPosition(row) : input.position();
        em.persist(row);
        em.flush();
        audit.record(subject(budget, row), AuditRecord.Operation.CREATE, null, snapshot(row));
        return row;
    }

    @Transactional
    public R replace(UUID budgetId, UUID rowId, String ifMatch, I input) {
        BudgetService.LockedRow<R> locked = lockRow(budgetId, rowId, ifMatch);
        return change(locked.budget(), locked.row(), input);
    }

    /**
     * Applies a JSON merge patch to the row as it stands once its table is locked, so a patch sent with
     * {@code If-Match: *} never overwrites a concurrent change to another field with a stale copy.
     */
    @Transactional(rollbackOn = Exception.class)
    public R patch(UUID budgetId, UUID rowId, String ifMatch, JsonNode patch) throws JsonProcessingException {
        MergePatch.requireReadable(mapper, patch, inputType);
        BudgetService.LockedRow<R> locked = lockRow(budgetId, rowId, ifMatch);
        R row = locked.row();
        return change(locked.budget(), row, MergePatch.apply(mapper, patchBase(row, patch), patch, inputType));
    }

    @Transactional
    public void delete(UUID budgetId, UUID rowId, String ifMatch) {
        BudgetService.LockedRow<R> locked = lockRow(budgetId, rowId, ifMatch);
        R row = locked.row();
        audit.record(subject(locked.budget(), row), AuditRecord.Operation.DELETE, snapshot(row), null);
        em.remove(row);
        em.flush();
    }

    private BudgetService.LockedRow<R> lockRow(UUID budgetId, UUID rowId, String ifMatch) {
        return budgets.lockRow(budgetId, () -> get(budgetId, rowId), ifMatch);
    }

    private R change(Budget budget, R row, I input) {
        List<Violation> violations = check(input);
        InputValidator.failIfAny(violations);
        I before = snapshot(row);
        apply(row, input, violations);
        InputValidator.failIfAny(violations);
        link(budget, row, input);
        if (input.position() != null) {
            row.position = input.position();
        }
        em.flush();
        audit.record(subject(budget, row), AuditRecord.Operation.UPDATE, before, snapshot(row));
        return row;
    }

    /** Where a row's change belongs in the audit trail: its table's and its department's history. */
    private AuditTrail.Subject subject(Budget budget, R row) {
        return new AuditTrail.Subject(block.auditType(), row.id, row.budgetId, budget.department.id);
    }
}
