package org.budgetperf.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.checks.CheckRunView;
import org.budgetperf.checks.RecordedRunResource;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MediaTypes;
import org.budgetperf.shared.web.QueryParams;

/**
 * {@code /api/v1/budgets/{budgetId}/self-evaluations}: 绩效自评 after the year — every indicator's score with
 * the formula applied, the subtotals, the 预算执行率 score, the total and the grade (R-SCO-1…8).
 * {@code ?preview=true} scores without recording.
 */
@Path("/api/v1/budgets/{budgetId}/self-evaluations")
public class SelfEvaluationResource extends RecordedRunResource<EvaluationService.SelfEvaluationRun> {

    @Inject
    EvaluationService evaluations;

    @Inject
    SelfEvaluationExport export;

    @Inject
    EvaluationFormUpload forms;

    SelfEvaluationResource() {
        super(EvaluationService.SELF_EVALUATION_RUNS);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response record(
            @PathParam("budgetId") UUID budgetId,
            @QueryParam("preview") String preview,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            EvaluationInputs.SelfEvaluation evaluation,
            @Context UriInfo uri) {
        if (QueryParams.flag("preview", preview)) {
            return Response.ok(evaluations.previewSelfEvaluation(budgetId, evaluation))
                    .build();
        }
        RunRequest request = new RunRequest(idempotencyKey, ifMatch);
        return recordOnce(
                request,
                evaluation,
                uri,
                () -> recordRun(budgetId, request, evaluations.selfEvaluation(evaluation), uri));
    }

    /**
     * The filled-in 自评表 ({@code GET …/self-evaluation-form}) as the body: recorded, or previewed, exactly as the JSON
     * request it stands for, with the form's report beside the answer.
     */
    @POST
    @Consumes(MediaTypes.XLSX)
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response recordForm(
            @PathParam("budgetId") UUID id,
            @QueryParam("preview") String preview,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            byte[] file,
            @Context UriInfo uri) {
        byte[] body = file == null ? new byte[0] : file;
        if (QueryParams.flag("preview", preview)) {
            return Response.ok(forms.previewSelfEvaluation(id, body)).build();
        }
        RunRequest request = new RunRequest(idempotencyKey, ifMatch);
        return recordOnce(request, Idempotency.digest(body), uri, () -> {
            EvaluationFormUpload.Recorded<EvaluationService.SelfEvaluationRun> upload = forms.selfEvaluation(body);
            return FormImport.withReport(recordRun(id, request, upload.rules(), uri), upload.report());
        });
    }

    /**
     * The recorded self-evaluation as JSON. An Accept naming only the xlsx type still gets the 自评表: a deprecated
     * alias of {@code GET …/{runId}/export}, outside the typed contract.
     */
    @Override
    @GET
    @Path("{runId}")
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.XLSX})
    public Response get(
            @PathParam("budgetId") UUID budgetId, @PathParam("runId") UUID runId, @Context HttpHeaders headers) {
        if (MediaTypes.prefers(headers, MediaTypes.XLSX)) {
            return export(budgetId, runId);
        }
        return Response.ok(recorded(budgetId, runId), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** The recorded self-evaluation in the layout of the 绩效自评表 (xlsx), as recorded: binary only. */
    @GET
    @Path("{runId}/export")
    @Produces(MediaTypes.XLSX)
    public Response export(@PathParam("budgetId") UUID budgetId, @PathParam("runId") UUID runId) {
        CheckRunView<EvaluationService.SelfEvaluationRun> run = recorded(budgetId, runId);
        SelfEvaluationExport.Workbook file = export.xlsx(run);
        return Response.ok(file.content(), MediaTypes.XLSX)
                .tag(EntityTag.valueOf("\"" + runId + "\""))
                .header("Content-Disposition", file.contentDisposition())
                .build();
    }
}
