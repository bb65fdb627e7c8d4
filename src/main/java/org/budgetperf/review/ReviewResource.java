package org.budgetperf.review;

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
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.Idempotency;

/**
 * Machine target review (rules R-REV, R-FW, R-VAL, see docs/rules.md): recorded runs of a stored
 * table, newest first. A review says whether the table may be submitted and which findings block it.
 * See {@link ReviewPreviewResource} for unsaved tables.
 */
@Path("/api/v1/budgets/{budgetId}/reviews")
public class ReviewResource extends RecordedRunResource<ReviewFindingView.Result> {

    @Inject
    Reviewer reviewer;

    ReviewResource() {
        super(Reviewer.RUNS);
    }

    @POST
    @RolesAllowed({Roles.DEPARTMENT_EDITOR, Roles.FINANCE_REVIEWER})
    public Response run(
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        RunRequest request = new RunRequest(idempotencyKey, ifMatch);
        return recordOnce(request, null, uri, () -> recordRun(id, request, reviewer::check, uri));
    }
}
