package org.budgetperf.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckRunView;
import org.budgetperf.checks.CheckService;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.Page;

/**
 * {@code /api/v1/budgets/{id}/monitoring-reports}: 双监控 during the year — the execution light (R-MON-1)
 * and each indicator's light (R-MON-2). The latest report of a month is the one that counts.
 */
@Path("/api/v1/budgets/{id}/monitoring-reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MonitoringResource {

    private final EvaluationService evaluations;
    private final CheckService checks;

    public MonitoringResource(EvaluationService evaluations, CheckService checks) {
        this.evaluations = evaluations;
        this.checks = checks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response record(@PathParam("id") UUID id, EvaluationInputs.MonitoringReport report, @Context UriInfo uri) {
        CheckRunView run = evaluations.recordMonitoring(id, report);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(run.id().toString()).build())
                .entity(run)
                .build();
    }

    @GET
    public Page<CheckRunView> list(
            @PathParam("id") UUID id,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        return checks.page(CheckRun.Kind.MONITORING, id, page, size, uri);
    }

    @GET
    @Path("{runId}")
    public CheckRunView get(@PathParam("id") UUID id, @PathParam("runId") UUID runId) {
        return checks.get(CheckRun.Kind.MONITORING, id, runId);
    }
}
