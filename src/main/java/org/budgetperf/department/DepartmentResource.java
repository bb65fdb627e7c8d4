package org.budgetperf.department;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.shared.audit.AuditEntry;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageParams;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/departments}: operations documented in openapi/openapi.yaml. */
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DepartmentResource {

    @Inject
    DepartmentService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @GET
    public Page<DepartmentView> list(
            @QueryParam("code") String code, @QueryParam("name") String name, @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        String codeFilter = QueryParams.text("code", code, 64);
        String nameFilter = QueryParams.text("name", name, 200);
        return service.page(codeFilter, nameFilter, request, DepartmentView::of, paging.uri());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            DepartmentInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            Department d = service.create(input);
            return Response.created(
                            uri.getAbsolutePathBuilder().path(d.id.toString()).build())
                    .tag(etag(d))
                    .entity(DepartmentView.of(d))
                    .build();
        });
    }

    @GET
    @Path("{departmentId}")
    public Response get(@PathParam("departmentId") UUID departmentId) {
        Department d = service.get(departmentId);
        return Response.ok(DepartmentView.of(d)).tag(etag(d)).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("{departmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(
            @PathParam("departmentId") UUID departmentId,
            @HeaderParam("If-Match") String ifMatch,
            DepartmentInput input) {
        Department d = service.replace(departmentId, ifMatch, input);
        return Response.ok(DepartmentView.of(d)).tag(etag(d)).build();
    }

    @PATCH
    @RolesAllowed(Roles.ADMIN)
    @Path("{departmentId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(
            @PathParam("departmentId") UUID departmentId, @HeaderParam("If-Match") String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        DepartmentInput merged = MergePatch.apply(
                mapper, DepartmentView.of(service.get(departmentId)).toInput(), patch, DepartmentInput.class);
        Department d = service.replace(departmentId, ifMatch, merged);
        return Response.ok(DepartmentView.of(d)).tag(etag(d)).build();
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("{departmentId}")
    public Response delete(@PathParam("departmentId") UUID departmentId, @HeaderParam("If-Match") String ifMatch) {
        service.delete(departmentId, ifMatch);
        return Response.noContent().build();
    }

    /** The department's change history, including its tables' changes, newest first. */
    @GET
    @Path("{departmentId}/history")
    public Page<AuditEntry> history(@PathParam("departmentId") UUID departmentId, @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        Department d = service.get(departmentId);
        if (!caller.sees(d.code)) {
            throw new ProblemException(ProblemCode.FORBIDDEN, Messages.DEPARTMENT_HISTORY_FORBIDDEN.of());
        }
        return audit.history(AuditTrail.Owner.DEPARTMENT, departmentId, request, paging.uri());
    }

    private static jakarta.ws.rs.core.EntityTag etag(Department d) {
        return jakarta.ws.rs.core.EntityTag.valueOf(ETags.of(d.version));
    }
}
