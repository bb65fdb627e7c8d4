package org.budgetperf.budget.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetRows;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.PageRequest;

/**
 * Tasks of a table. Each change also raises the table's version (its ETag); changes to one table take turns on
 * its row lock ({@link BudgetService#forRowChange}), so editors of different rows never fail on each other.
 */
@ApplicationScoped
public class TaskService {

    private final EntityManager em;
    private final InputValidator validator;
    private final BudgetService budgets;
    private final BudgetRows rows;
    private final AuditTrail audit;
    private final ObjectMapper mapper;

    public TaskService(
            EntityManager em,
            InputValidator validator,
            BudgetService budgets,
            BudgetRows rows,
            AuditTrail audit,
            ObjectMapper mapper) {
        this.mapper = mapper;
        this.em = em;
        this.validator = validator;
        this.budgets = budgets;
        this.rows = rows;
        this.audit = audit;
    }

    @Transactional
    public List<BudgetTask> list(UUID budgetId, PageRequest page) {
        budgets.get(budgetId);
        return rows.tasks(budgetId, page.offset(), page.size());
    }

    @Transactional
    public long count(UUID budgetId) {
        return rows.countTasks(budgetId);
    }

    @Transactional
    public BudgetTask get(UUID budgetId, UUID taskId) {
        budgets.get(budgetId);
        BudgetTask task = em.find(BudgetTask.class, taskId);
        if (task == null || !task.budgetId.equals(budgetId)) {
            throw ProblemException.notFound("task", taskId);
        }
        return task;
    }

    @Transactional
    public BudgetTask create(UUID budgetId, TaskInput input) {
        List<Violation> violations = validator.check(input);
        InputValidator.failIfAny(violations);
        BudgetTask task = new BudgetTask();
        TaskFields.apply(task, input, "", violations);
        InputValidator.failIfAny(violations);
        Budget budget = budgets.forRowChange(budgetId);
        task.budgetId = budgetId;
        task.position = input.position() == null ? nextPosition(budgetId, input.kind()) : input.position();
        em.persist(task);
        em.flush();
        audit.record(
                TaskFields.subject(task, budget.department.id),
                AuditRecord.Operation.CREATE,
                null,
                TaskFields.snapshot(task));
        return task;
    }

    @Transactional
    public BudgetTask replace(UUID budgetId, UUID taskId, String ifMatch, TaskInput input) {
        BudgetService.LockedRow<BudgetTask> locked = budgets.lockRow(budgetId, () -> get(budgetId, taskId), ifMatch);
        return change(locked.budget(), locked.row(), input);
    }

    /**
     * Applies a JSON merge patch to the task as it stands once its table is locked (its funds expressed in the
     * unit the patch states), so a patch sent with {@code If-Match: *} never overwrites a concurrent change.
     */
    @Transactional(rollbackOn = Exception.class)
    public BudgetTask patch(UUID budgetId, UUID taskId, String ifMatch, JsonNode patch) throws JsonProcessingException {
        MergePatch.requireReadable(mapper, patch, TaskInput.class);
        BudgetService.LockedRow<BudgetTask> locked = budgets.lockRow(budgetId, () -> get(budgetId, taskId), ifMatch);
        Budget budget = locked.budget();
        BudgetTask task = locked.row();
        AmountUnit unit = MergePatch.statedUnit(mapper, patch);
        return change(budget, task, MergePatch.apply(mapper, TaskFields.snapshot(task, unit), patch, TaskInput.class));
    }

    private BudgetTask change(Budget budget, BudgetTask task, TaskInput input) {
        List<Violation> violations = validator.check(input);
        InputValidator.failIfAny(violations);
        TaskInput before = TaskFields.snapshot(task);
        TaskFields.apply(task, input, "", violations);
        InputValidator.failIfAny(violations);
        if (input.position() != null) {
            task.position = input.position();
        }
        em.flush();
        audit.record(
                TaskFields.subject(task, budget.department.id),
                AuditRecord.Operation.UPDATE,
                before,
                TaskFields.snapshot(task));
        return task;
    }

    @Transactional
    public void delete(UUID budgetId, UUID taskId, String ifMatch) {
        BudgetService.LockedRow<BudgetTask> locked = budgets.lockRow(budgetId, () -> get(budgetId, taskId), ifMatch);
        Budget budget = locked.budget();
        BudgetTask task = locked.row();
        audit.record(
                TaskFields.subject(task, budget.department.id),
                AuditRecord.Operation.DELETE,
                TaskFields.snapshot(task),
                null);
        em.remove(task);
        em.flush();
    }

    private int nextPosition(UUID budgetId, TaskKind kind) {
        Integer max = em.createQuery(
                        "SELECT max(t.position) FROM BudgetTask t WHERE t.budgetId = :b AND t.kind = :k", Integer.class)
                .setParameter("b", budgetId)
                .setParameter("k", kind)
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }
}
