package org.budgetperf.reconciliation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
 * Reconciliation of funding sources against spending categories (rules R-BUD-1…5, see docs/rules.md):
 * recorded runs of a stored table, newest first. See {@link ReconciliationPreviewResource} for unsaved tables.
 */
@Path("/api/v1/budgets/{id}/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReconciliationResource {

    private final CheckService checks;
    private final Reconciler reconciler;

    public ReconciliationResource(CheckService checks, Reconciler reconciler) {
        this.checks = checks;
        this.reconciler = reconciler;
    }

    @POST
    @RolesAllowed({Roles.DEPARTMENT_EDITOR, Roles.FINANCE_REVIEWER})
    public Response run(@PathParam("id") UUID id, @Context UriInfo uri) {
        CheckRunView run =
                checks.run(CheckRun.Kind.RECONCILIATION, id, reconciler::check).view();
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
        return checks.page(CheckRun.Kind.RECONCILIATION, id, page, size, uri);
    }

    @GET
    @Path("{runId}")
    public CheckRunView get(@PathParam("id") UUID id, @PathParam("runId") UUID runId) {
        return checks.get(CheckRun.Kind.RECONCILIATION, id, runId);
    }
}
