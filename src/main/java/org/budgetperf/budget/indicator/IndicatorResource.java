package org.budgetperf.budget.indicator;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.budget.TableRowResource;
import org.budgetperf.budget.TableRowService;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;

/** {@code /api/v1/budgets/{budgetId}/indicators}: operations documented in openapi/openapi.yaml. */
@Path("/api/v1/budgets/{budgetId}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorResource extends TableRowResource<Indicator, IndicatorInput, IndicatorView> {

    @Inject
    IndicatorService service;

    @Override
    protected TableRowService<Indicator, IndicatorInput> service() {
        return service;
    }

    /** Each indicator is shown with its findings against the framework of its table. */
    @Override
    protected Function<Indicator, IndicatorView> views(UUID budgetId) {
        IndicatorFramework framework = service.frameworkOf(budgetId);
        return indicator -> IndicatorView.of(indicator, framework);
    }
}
