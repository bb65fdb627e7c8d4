package org.budgetperf.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
import org.budgetperf.shared.web.Idempotency;
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
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            EvaluationInputs.MonitoringReport report,
            @Context UriInfo uri) {
        RunRequest request = new RunRequest(idempotencyKey, ifMatch);
        return recordOnce(request, report, uri, () -> recordRun(id, request, evaluations.monitoring(report), uri));
    }

    /** The filled-in 绩效运行监控表 ({@code GET …/monitoring-form}) as the body, recorded as its JSON report would be. */
    @POST
    @Consumes(MediaTypes.XLSX)
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response recordForm(
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            byte[] file,
            @Context UriInfo uri) {
        byte[] body = file == null ? new byte[0] : file;
        RunRequest request = new RunRequest(idempotencyKey, ifMatch);
        return recordOnce(request, Idempotency.digest(body), uri, () -> {
            EvaluationFormUpload.Recorded<EvaluationService.MonitoringRun> upload = forms.monitoring(body);
            return FormImport.withReport(recordRun(id, request, upload.rules(), uri), upload.report());
        });
    }
}
