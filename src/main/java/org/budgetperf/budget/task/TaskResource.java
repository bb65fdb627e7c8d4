package org.budgetperf.budget.task;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.budget.TableRowResource;
import org.budgetperf.budget.TableRowService;

/** {@code /api/v1/budgets/{budgetId}/tasks}: operations documented in openapi/openapi.yaml. */
@Path("/api/v1/budgets/{budgetId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TaskResource extends TableRowResource<BudgetTask, TaskInput, TaskView> {

    @Inject
    TaskService service;

    @Override
    protected TableRowService<BudgetTask, TaskInput> service() {
        return service;
    }

    @Override
    protected Function<BudgetTask, TaskView> views(UUID budgetId) {
        return TaskView::of;
    }
}
