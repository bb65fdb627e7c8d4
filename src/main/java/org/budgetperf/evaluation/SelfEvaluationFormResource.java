package org.budgetperf.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.budgetperf.shared.web.MediaTypes;

/**
 * {@code GET /api/v1/budgets/{budgetId}/self-evaluation-form}: the blank 项目支出绩效自评表 of an approved table, to fill in
 * and upload to {@code …/self-evaluations}. Anyone who may see the table may download it.
 */
@Path("/api/v1/budgets/{budgetId}/self-evaluation-form")
@Authenticated
public class SelfEvaluationFormResource {

    @Inject
    EvaluationFormExport forms;

    @GET
    @Produces(MediaTypes.XLSX)
    public Response get(@PathParam("budgetId") UUID budgetId) {
        return Response.ok(forms.selfEvaluationForm(budgetId), MediaTypes.XLSX)
                .header("Content-Disposition", "attachment; filename=\"self-evaluation-form-" + budgetId + ".xlsx\"")
                .build();
    }
}
