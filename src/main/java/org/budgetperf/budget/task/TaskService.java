package org.budgetperf.budget.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.budgetperf.budget.TableBlock;
import org.budgetperf.budget.TableRowService;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.web.MergePatch;

/** Tasks of a table; their funds are sent in any unit and kept in 元. */
@ApplicationScoped
public class TaskService extends TableRowService<BudgetTask, TaskInput> {

    public TaskService() {
        super(TableBlock.TASKS, TaskInput.class);
    }

    @Override
    protected BudgetTask newRow() {
        return new BudgetTask();
    }

    @Override
    protected void apply(BudgetTask task, TaskInput input, List<Violation> violations) {
        TaskFields.apply(task, input, "", violations);
    }

    @Override
    protected TaskInput snapshot(BudgetTask task) {
        return TaskFields.snapshot(task);
    }

    /** The task's funds expressed in the unit the patch states, so the funds it does not send keep their value. */
    @Override
    protected TaskInput patchBase(BudgetTask task, JsonNode patch) throws JsonProcessingException {
        return TaskFields.snapshot(task, MergePatch.statedUnit(mapper, patch));
    }

    /** Key and other tasks are numbered apart: a new task goes after the last one of its kind. */
    @Override
    protected int nextPosition(BudgetTask task) {
        return afterLast(em.createQuery(
                        "SELECT max(t.position) FROM BudgetTask t WHERE t.budgetId = :b AND t.kind = :k", Integer.class)
                .setParameter("b", task.budgetId)
                .setParameter("k", task.kind));
    }
}
