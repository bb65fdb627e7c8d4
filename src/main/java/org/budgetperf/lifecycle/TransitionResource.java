package org.budgetperf.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;

/** {@code /api/v1/budgets/{budgetId}/submit|return|approve|adjust}: the lifecycle actions, as the contract says. */
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

    /** DRAFT, RETURNED or ADJUSTING → SUBMITTED, after a review and reconciliation without ERROR findings. */
    @POST
    @Path("{budgetId}/submit")
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response submit(@PathParam("budgetId") UUID budgetId, String body) throws JsonProcessingException {
        return transitioned(budgetId, lifecycle.submit(budgetId, transitionInput(body)));
    }

    /** SUBMITTED → RETURNED, with the reviewer's reasons. */
    @POST
    @Path("{budgetId}/return")
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public Response returnForChanges(@PathParam("budgetId") UUID budgetId, String body) throws JsonProcessingException {
        return transitioned(budgetId, lifecycle.returnForChanges(budgetId, transitionInput(body)));
    }

    /** SUBMITTED → APPROVED (批复): the revision is frozen as approved. */
    @POST
    @Path("{budgetId}/approve")
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public Response approve(@PathParam("budgetId") UUID budgetId, String body) throws JsonProcessingException {
        return transitioned(budgetId, lifecycle.approve(budgetId, transitionInput(body)));
    }

    /** APPROVED → ADJUSTING (调整): a new revision to edit; the approved one stays readable. */
    @POST
    @Path("{budgetId}/adjust")
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response adjust(@PathParam("budgetId") UUID budgetId, String body) throws JsonProcessingException {
        return transitioned(budgetId, lifecycle.adjust(budgetId, transitionInput(body)));
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
