package org.budgetperf.reconciliation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.checks.RecordedRunResource;
import org.budgetperf.reconciliation.domain.ReconciliationOutcome;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.Idempotency;

/**
 * Reconciliation of funding sources against spending categories (rules R-BUD-1…5, see docs/rules.md):
 * recorded runs of a stored table, newest first. See {@link ReconciliationPreviewResource} for unsaved tables.
 */
@Path("/api/v1/budgets/{budgetId}/reconciliations")
public class ReconciliationResource extends RecordedRunResource<ReconciliationOutcome> {

    @Inject
    Reconciler reconciler;

    ReconciliationResource() {
        super(Reconciler.RUNS);
    }

    @POST
    @RolesAllowed({Roles.DEPARTMENT_EDITOR, Roles.FINANCE_REVIEWER})
    public Response run(
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        RunRequest request = new RunRequest(idempotencyKey, ifMatch);
        return recordOnce(request, null, uri, () -> recordRun(id, request, reconciler::check, uri));
    }
}
