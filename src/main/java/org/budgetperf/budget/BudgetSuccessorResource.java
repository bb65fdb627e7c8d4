package org.budgetperf.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.shared.security.Roles;

/** {@code POST /api/v1/budgets/{id}/successor}: next year's draft of a table, documented in the contract. */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BudgetSuccessorResource {

    @Inject
    BudgetSuccessors successors;

    @Inject
    ObjectMapper mapper;

    /** The body is optional ({@code {}} or none: next year, amounts blank), as for the lifecycle actions. */
    @POST
    @Path("{budgetId}/successor")
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    public Response create(@PathParam("budgetId") UUID id, String body, @Context UriInfo uri)
            throws JsonProcessingException {
        SuccessorInput input = body == null || body.isBlank() ? null : mapper.readValue(body, SuccessorInput.class);
        SuccessorReport report = successors.create(id, input);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/budgets")
                        .path(report.id().toString())
                        .build())
                .entity(report)
                .build();
    }
}
