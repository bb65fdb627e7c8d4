package org.budgetperf.budget.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/** {@code /api/v1/budgets/{budgetId}/tasks}: operations documented in openapi/openapi.yaml. */
@Path("/api/v1/budgets/{budgetId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TaskResource {

    static final int MAX_PAGE = 1000;

    private final TaskService service;
    private final Idempotency idempotency;

    public TaskResource(TaskService service, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
    }

    @GET
    public Page<TaskView> list(
            @PathParam("budgetId") UUID budgetId,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size, 100, MAX_PAGE);
        return request.toPage(service.list(budgetId, request), service.count(budgetId), TaskView::of, uri);
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @PathParam("budgetId") UUID budgetId,
            TaskInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            BudgetTask t = service.create(budgetId, input);
            return Response.created(
                            uri.getAbsolutePathBuilder().path(t.id.toString()).build())
                    .tag(etag(t))
                    .entity(TaskView.of(t))
                    .build();
        });
    }

    @GET
    @Path("{taskId}")
    public Response get(@PathParam("budgetId") UUID budgetId, @PathParam("taskId") UUID taskId) {
        BudgetTask t = service.get(budgetId, taskId);
        return Response.ok(TaskView.of(t)).tag(etag(t)).build();
    }

    @PUT
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("taskId") UUID taskId,
            @HeaderParam("If-Match") String ifMatch,
            TaskInput input) {
        BudgetTask t = service.replace(budgetId, taskId, ifMatch, input);
        return Response.ok(TaskView.of(t)).tag(etag(t)).build();
    }

    @PATCH
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{taskId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("taskId") UUID taskId,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch)
            throws JsonProcessingException {
        BudgetTask t = service.patch(budgetId, taskId, ifMatch, patch);
        return Response.ok(TaskView.of(t)).tag(etag(t)).build();
    }

    @DELETE
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{taskId}")
    public Response delete(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("taskId") UUID taskId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(budgetId, taskId, ifMatch);
        return Response.noContent().build();
    }

    private static EntityTag etag(BudgetTask t) {
        return EntityTag.valueOf(ETags.of(t.version));
    }
}
