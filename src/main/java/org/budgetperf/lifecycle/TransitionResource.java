package org.budgetperf.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Idempotency;

/**
 * {@code /api/v1/budgets/{budgetId}/submit|return|approve|adjust}: the lifecycle actions, documented in the contract. Each
 * needs the {@code If-Match} of the table version the caller decided on, and takes an {@code Idempotency-Key}: a
 * retried transition gets its first answer back instead of a 409 for a table that already moved on.
 */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TransitionResource {

    @Inject
    LifecycleService lifecycle;

    @Inject
    BudgetService budgets;

    @Inject
    ObjectMapper mapper;

    @Inject
    Idempotency idempotency;

    /** DRAFT, RETURNED or ADJUSTING → SUBMITTED, after a review and reconciliation without ERROR findings. */
    @POST
    @Path("{budgetId}/submit")
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response submit(
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            String body)
            throws JsonProcessingException {
        return take(lifecycle::submit, id, ifMatch, idempotencyKey, uri, body);
    }

    /** SUBMITTED → RETURNED, with the reviewer's reasons. */
    @POST
    @Path("{budgetId}/return")
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public Response returnForChanges(
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            String body)
            throws JsonProcessingException {
        return take(lifecycle::returnForChanges, id, ifMatch, idempotencyKey, uri, body);
    }

    /** SUBMITTED → APPROVED (批复): the revision is frozen as approved. */
    @POST
    @Path("{budgetId}/approve")
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public Response approve(
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            String body)
            throws JsonProcessingException {
        return take(lifecycle::approve, id, ifMatch, idempotencyKey, uri, body);
    }

    /** APPROVED → ADJUSTING (调整): a new revision to edit; the approved one stays readable. */
    @POST
    @Path("{budgetId}/adjust")
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response adjust(
            @PathParam("budgetId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            String body)
            throws JsonProcessingException {
        return take(lifecycle::adjust, id, ifMatch, idempotencyKey, uri, body);
    }

    /** A transition of {@link LifecycleService}: the table, the caller's {@code If-Match} and the input. */
    private interface Action {
        TransitionView take(UUID id, String ifMatch, TransitionInput input);
    }

    /** Takes the transition once per {@code Idempotency-Key}: a retry gets the first answer back. */
    private Response take(Action action, UUID id, String ifMatch, String idempotencyKey, UriInfo uri, String body)
            throws JsonProcessingException {
        TransitionInput input = transitionInput(body);
        return idempotency.run(
                idempotencyKey,
                "POST " + uri.getPath(),
                input,
                () -> transitioned(id, action.take(id, ifMatch, input)));
    }

    /** Transitions take an optional JSON body ({@code {"comment": …}}); curl users may send none at all. */
    private TransitionInput transitionInput(String body) throws JsonProcessingException {
        return body == null || body.isBlank() ? null : mapper.readValue(body, TransitionInput.class);
    }

    private Response transitioned(UUID id, TransitionView transition) {
        return Response.ok(transition)
                .tag(EntityTag.valueOf(ETags.of(budgets.documentKey(id).budgetVersion())))
                .build();
    }
}
