package org.budgetperf.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.checks.RecordedRunResource;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.MediaTypes;

/**
 * {@code /api/v1/budgets/{budgetId}/monitoring-reports}: 双监控 during the year — the execution light (R-MON-1)
 * and each indicator's light (R-MON-2). The latest report of a month is the one that counts.
 */
@Path("/api/v1/budgets/{budgetId}/monitoring-reports")
public class MonitoringResource extends RecordedRunResource<EvaluationService.MonitoringRun> {

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationFormUpload forms;

    MonitoringResource() {
        super(EvaluationService.MONITORING_RUNS);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response record(
            @PathParam("budgetId") UUID budgetId, EvaluationInputs.MonitoringReport report, @Context UriInfo uri) {
        return recordRun(budgetId, evaluations.monitoring(report), uri);
    }

    /** The filled-in 绩效运行监控表 ({@code GET …/monitoring-form}) as the body, recorded as its JSON report would be. */
    @POST
    @Consumes(MediaTypes.XLSX)
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response recordForm(@PathParam("budgetId") UUID budgetId, byte[] file, @Context UriInfo uri) {
        EvaluationFormUpload.Recorded<EvaluationService.MonitoringRun> upload =
                forms.monitoring(file == null ? new byte[0] : file);
        return FormImport.withReport(recordRun(budgetId, upload.rules(), uri), upload.report());
    }
}
