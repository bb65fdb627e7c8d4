package org.budgetperf.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.web.MediaTypes;
import org.budgetperf.shared.web.QueryParams;

/**
 * {@code GET /api/v1/budgets/{budgetId}/monitoring-form?month=N}: the blank 绩效运行监控表 of an approved table for a month,
 * to fill in and upload to {@code …/monitoring-reports}. Anyone who may see the table may download it.
 */
@Path("/api/v1/budgets/{budgetId}/monitoring-form")
@Authenticated
public class MonitoringFormResource {

    @Inject
    EvaluationFormExport forms;

    @GET
    @Produces(MediaTypes.XLSX)
    public Response get(@PathParam("budgetId") UUID budgetId, @QueryParam("month") String month) {
        Integer m = QueryParams.integer("month", month, 1, 12);
        if (m == null) {
            throw new ProblemException(
                    org.budgetperf.shared.problem.ProblemCode.VALIDATION_FAILED,
                    org.budgetperf.shared.problem.Messages.FIELD_MESSAGE.of(
                            "month", org.budgetperf.shared.problem.Messages.MONTH_REQUIRED.of()),
                    java.util.List.of(org.budgetperf.shared.problem.Violation.query(
                            "month",
                            org.budgetperf.shared.problem.ViolationCode.REQUIRED,
                            org.budgetperf.shared.problem.Messages.MONTH_REQUIRED.of())));
        }
        return Response.ok(forms.monitoringForm(budgetId, m), MediaTypes.XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"monitoring-form-" + budgetId + "-" + m + ".xlsx\"")
                .build();
    }
}
