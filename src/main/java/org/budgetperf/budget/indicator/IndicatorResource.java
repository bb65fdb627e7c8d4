package org.budgetperf.budget.indicator;

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
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/** {@code /api/v1/budgets/{budgetId}/indicators}: operations documented in openapi/openapi.yaml. */
@Path("/api/v1/budgets/{budgetId}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorResource {

    static final int MAX_PAGE = 1000;

    private final IndicatorService service;
    private final Idempotency idempotency;

    public IndicatorResource(IndicatorService service, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.service = service;
    }

    @GET
    public Page<IndicatorView> list(
            @PathParam("budgetId") UUID budgetId,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size, 100, MAX_PAGE);
        IndicatorFramework framework = service.frameworkOf(budgetId);
        return request.toPage(
                service.list(budgetId, request), service.count(budgetId), i -> IndicatorView.of(i, framework), uri);
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @PathParam("budgetId") UUID budgetId,
            IndicatorInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            Indicator t = service.create(budgetId, input);
            return Response.created(
                            uri.getAbsolutePathBuilder().path(t.id.toString()).build())
                    .tag(etag(t))
                    .entity(view(budgetId, t))
                    .build();
        });
    }

    @GET
    @Path("{indicatorId}")
    public Response get(@PathParam("budgetId") UUID budgetId, @PathParam("indicatorId") UUID indicatorId) {
        Indicator t = service.get(budgetId, indicatorId);
        return Response.ok(view(budgetId, t)).tag(etag(t)).build();
    }

    @PUT
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam("If-Match") String ifMatch,
            IndicatorInput input) {
        Indicator t = service.replace(budgetId, indicatorId, ifMatch, input);
        return Response.ok(view(budgetId, t)).tag(etag(t)).build();
    }

    @PATCH
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{indicatorId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch)
            throws JsonProcessingException {
        Indicator t = service.patch(budgetId, indicatorId, ifMatch, patch);
        return Response.ok(view(budgetId, t)).tag(etag(t)).build();
    }

    @DELETE
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{indicatorId}")
    public Response delete(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(budgetId, indicatorId, ifMatch);
        return Response.noContent().build();
    }

    private IndicatorView view(UUID budgetId, Indicator t) {
        return IndicatorView.of(t, service.frameworkOf(budgetId));
    }

    private static EntityTag etag(Indicator t) {
        return EntityTag.valueOf(ETags.of(t.version));
    }
}
