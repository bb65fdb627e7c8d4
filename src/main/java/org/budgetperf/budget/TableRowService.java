package org.budgetperf.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.web.ETags;
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

    /** The most rows one bulk replace takes (the contract's maxItems): bounds what one request makes the service hold. */
    public static final int MAX_BULK_ROWS = 2_000;

    /** A whole block as a client sends it to replace it, in order: rows with an {@code id} are kept, others are new. */
    public record RowList(List<JsonNode> items) {}

    /** The block as it stands after a bulk replace, in form order, and the table's version after it. */
    public record Replaced<R>(List<R> rows, long budgetVersion) {}

    /** One row of a bulk replace as read: the stored row it names (null: a new row) and what it sets. */
    private record Sent<I>(UUID id, I input) {}

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
        return rowOf(budgetId, rowId);
    }

    /** A row of a table already read (and found visible) in this transaction: one primary-key lookup. */
    private R rowOf(UUID budgetId, UUID rowId) {
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
        budgets.successorsLoseLinks(List.of(row.id));
        em.remove(row);
        em.flush();
    }

    private BudgetService.LockedRow<R> lockRow(UUID budgetId, UUID rowId, String ifMatch) {
        return budgets.lockRow(budgetId, () -> rowOf(budgetId, rowId), ifMatch);
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

    /**
     * Replaces the whole block of a table in one transaction, under the table's {@code If-Match}: rows named by id are
     * changed, rows without id created, rows not sent deleted, and the block takes the order of the list. Every row
     * is validated before the table is locked, each violation named {@code items[i].<field>}; the change is one entry
     * of the audit trail, the block before and after.
     */
    @Transactional(rollbackOn = Exception.class)
    public Replaced<R> replaceAll(UUID budgetId, String ifMatch, RowList body) throws JsonProcessingException {
        List<Sent<I>> sent = read(body);
        Budget budget = budgets.forRowChange(budgetId);
        ETags.require(ifMatch, budget.version);
        List<R> stored = rows.all(block, budgetId);
        Map<UUID, R> byId = new HashMap<>();
        stored.forEach(r -> byId.put(r.id, r));
        List<Violation> violations = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            UUID id = sent.get(i).id();
            if (id != null && !byId.containsKey(id)) {
                violations.add(Violation.body(
                        item(i, "id"),
                        ViolationCode.UNKNOWN_REFERENCE,
                        Messages.NOT_A_ROW_OF_TABLE.of(block.rowName())));
            } else if (id != null && !kept.add(id)) {
                violations.add(Violation.body(item(i, "id"), ViolationCode.DUPLICATE, Messages.SENT_TWICE.of()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemCode.BUSINESS_RULE_VIOLATED, Messages.ROWS_NAMED_BY_IDS.of(), violations);
        }
        List<Object> before = stored.stream().map(this::audited).toList();
        List<R> dropped = stored.stream().filter(r -> !kept.contains(r.id)).toList();
        budgets.successorsLoseLinks(dropped.stream().map(r -> r.id).toList());
        dropped.forEach(em::remove);
        for (int i = 0; i < sent.size(); i++) {
            Sent<I> s = sent.get(i);
            R row = s.id() == null ? newRow() : byId.get(s.id());
            apply(row, s.input(), violations);
            linkAt(i, budget, row, s.input());
            row.budgetId = budgetId;
            row.position = i;
            if (s.id() == null) {
                em.persist(row);
            }
        }
        InputValidator.failIfAny(violations);
        em.flush();
        List<R> after = rows.all(block, budgetId);
        audit.record(
                new AuditTrail.Subject(block.auditType(), budgetId, budgetId, budget.department.id),
                AuditRecord.Operation.UPDATE,
                Map.of("items", before),
                Map.of("items", after.stream().map(this::audited).toList()));
        return new Replaced<>(after, budget.version);
    }

    /** The rows of a bulk replace, each read and checked as a row sent on its own would be; 400 naming every problem. */
    private List<Sent<I>> read(RowList body) throws JsonProcessingException {
        if (body == null || body.items() == null) {
            throw ProblemException.invalid("items", ViolationCode.REQUIRED, Messages.ROWS_REQUIRED.of());
        }
        if (body.items().size() > MAX_BULK_ROWS) {
            throw new ProblemException(
                    ProblemCode.PAYLOAD_TOO_LARGE,
                    Messages.TOO_MANY_ROWS.of(body.items().size(), MAX_BULK_ROWS),
                    List.of(Violation.body(
                            "items", ViolationCode.TOO_MANY_ITEMS, Messages.AT_MOST_ROWS.of(MAX_BULK_ROWS))));
        }
        List<Sent<I>> sent = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            if (!(body.items().get(i) instanceof ObjectNode node)) {
                violations.add(Violation.body(item(i, ""), ViolationCode.WRONG_TYPE, Messages.EXPECTED_ROW.of()));
                continue;
            }
            ObjectNode fields = node.deepCopy();
            JsonNode id = fields.remove("id");
            I input = readItem(i, fields);
            List<Violation> found = new ArrayList<>(check(input));
            if (input.position() != null) {
                found.add(Violation.body("position", ViolationCode.NOT_APPLICABLE, Messages.POSITION_IS_ORDER.of()));
            }
            if (found.isEmpty()) {
                // Conversions the annotations cannot express (exact money) on a scratch row, before any lock is taken.
                apply(newRow(), input, found);
            }
            String at = item(i, "");
            found.forEach(v -> violations.add(v.at(v.field().isEmpty() ? at : at + "." + v.field())));
            sent.add(new Sent<>(id == null || id.isNull() ? null : rowId(i, id, violations), input));
        }
        InputValidator.failIfAny(violations);
        return sent;
    }

    /** One row read like a row sent on its own; a field it cannot read is reported under {@code items[i]}. */
    private I readItem(int i, ObjectNode fields) throws JsonProcessingException {
        try {
            return mapper.treeToValue(fields, inputType);
        } catch (JsonMappingException e) {
            e.prependPath(new JsonMappingException.Reference(null, i));
            e.prependPath(new JsonMappingException.Reference(null, "items"));
            throw e;
        }
    }

    private static UUID rowId(int i, JsonNode id, List<Violation> violations) {
        try {
            return UUID.fromString(id.isTextual() ? id.asText() : "");
        } catch (IllegalArgumentException e) {
            violations.add(Violation.body(item(i, "id"), ViolationCode.INVALID_FORMAT, Messages.EXPECTED_ROW_ID.of()));
            return null;
        }
    }

    /** Links a row of a bulk replace, its refusal named under the row ({@code items[i].taskId}). */
    private void linkAt(int i, Budget budget, R row, I input) {
        try {
            link(budget, row, input);
        } catch (ProblemException e) {
            throw new ProblemException(
                    e.code(),
                    Messages.FIELD_MESSAGE.of("items[" + i + "]", e.detail()),
                    e.violations().stream().map(v -> v.at(item(i, v.field()))).toList());
        }
    }

    private static String item(int i, String field) {
        return "items[" + i + "]" + (field == null || field.isEmpty() ? "" : "." + field);
    }

    /** A row as the audit trail records it in a bulk replace: its id and its fields in input form. */
    private Object audited(R row) {
        ObjectNode node = mapper.createObjectNode().put("id", row.id.toString());
        node.setAll((ObjectNode) mapper.valueToTree(snapshot(row)));
        return node;
    }

    /** Where a row's change belongs in the audit trail: its table's and its department's history. */
    private AuditTrail.Subject subject(Budget budget, R row) {
        return new AuditTrail.Subject(block.auditType(), row.id, row.budgetId, budget.department.id);
    }
}
