package org.budgetperf.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.budgetperf.budget.BudgetCreate;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.department.Department;
import org.budgetperf.department.DepartmentInput;
import org.budgetperf.department.DepartmentService;
import org.budgetperf.shared.security.Caller;
import org.jboss.logging.Logger;

/**
 * Loads the Dongguan 2024 table (the reference case) at start in development, through the same
 * services the API uses, so a newcomer's first {@code GET /api/v1/budgets} shows a real table.
 * Off unless {@code perf.sample-data.enabled=true}; never on in production by default.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String RESOURCE = "/sample/dongguan-2024.json";
    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);

    private final boolean enabled;
    private final ObjectMapper mapper;
    private final DepartmentService departments;
    private final BudgetService budgets;
    private final Caller caller;

    public SampleDataLoader(
            SampleConfig settings,
            ObjectMapper mapper,
            DepartmentService departments,
            BudgetService budgets,
            Caller caller) {
        this.enabled = settings.enabled();
        this.mapper = mapper;
        this.departments = departments;
        this.budgets = budgets;
        this.caller = caller;
    }

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) throws IOException {
        if (!enabled) {
            return;
        }
        caller.actAsSystem("sample-data");
        JsonNode sample = read();
        DepartmentInput department = mapper.treeToValue(sample.get("department"), DepartmentInput.class);
        if (departments.byCode(department.code()).isPresent()) {
            return;
        }
        Department created = departments.create(department);
        ObjectNode budget = (ObjectNode) sample.get("budget");
        budget.put("departmentId", created.id.toString());
        UUID id = budgets.create(mapper.treeToValue(budget, BudgetCreate.class)).id;
        LOG.infof(
                "Sample data loaded: %s %s, budget /api/v1/budgets/%s",
                department.name(), budget.get("fiscalYear"), id);
    }

    private JsonNode read() throws IOException {
        try (InputStream in = SampleDataLoader.class.getResourceAsStream(RESOURCE)) {
            return mapper.readTree(in);
        }
    }
}
