package org.budgetperf.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.shared.audit.AuditEntry;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MediaTypes;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/budgets}: operations documented in openapi/openapi.yaml. */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BudgetResource {

    @Inject
    BudgetService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Idempotency idempotency;

    @Inject
    BudgetDocumentCache cache;

    @Inject
    AuditTrail audit;

    @Inject
    TableFiles export;

    @GET
    public Page<BudgetSummary> list(
            @QueryParam("departmentId") String departmentId,
            @QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        BudgetService.Filter filter = new BudgetService.Filter(
                QueryParams.uuid("departmentId", departmentId),
                QueryParams.integer("fiscalYear", fiscalYear, 2000, 2100),
                QueryParams.enumValue("status", status, BudgetStatus.class));
        return request.toPage(service.list(filter, request), service.count(filter), summary -> summary, uri);
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            BudgetCreate input, @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            Budget b = service.create(input);
            return Response.created(
                            uri.getAbsolutePathBuilder().path(b.id.toString()).build())
                    .tag(etag(b))
                    .entity(service.view(b.id))
                    .build();
        });
    }

    /**
     * The whole table. Served from {@link BudgetDocumentCache} when the table and its department are
     * unchanged, and answered 304 when the client already holds the current version.
     */
    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.XLSX, MediaTypes.TSV})
    public Response get(
            @PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch, @Context HttpHeaders headers)
            throws JsonProcessingException {
        if (MediaTypes.prefers(headers, MediaTypes.XLSX)) {
            return download(export.xlsx(id), MediaTypes.XLSX);
        }
        if (MediaTypes.prefers(headers, MediaTypes.TSV)) {
            return download(export.tsv(id), MediaTypes.TSV + "; charset=UTF-8");
        }
        BudgetDocumentCache.Key key = service.documentKey(id);
        EntityTag tag = EntityTag.valueOf(ETags.of(key.budgetVersion()));
        if (ETags.matchesAny(ifNoneMatch, key.budgetVersion())) {
            return Response.notModified(tag).build();
        }
        byte[] document = cache.get(key);
        if (document == null) {
            BudgetService.VersionedView built = service.versionedView(id);
            document = mapper.writeValueAsBytes(built.view());
            cache.put(built.key(), document);
            tag = EntityTag.valueOf(ETags.of(built.key().budgetVersion()));
        }
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag)
                .build();
    }

    @PUT
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, BudgetUpdate input) {
        Budget b = service.update(id, ifMatch, input);
        return Response.ok(service.view(b.id)).tag(etag(b)).build();
    }

    @PATCH
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        Budget b = service.patch(id, ifMatch, patch);
        return Response.ok(service.view(b.id)).tag(etag(b)).build();
    }

    @DELETE
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** The table's change history (the table, its tasks and indicators), newest first. */
    @GET
    @Path("{id}/history")
    public Page<AuditEntry> history(
            @PathParam("id") UUID id,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        service.documentKey(id);
        return audit.history(AuditTrail.Owner.BUDGET, id, PageRequest.of(page, size), uri);
    }

    private static Response download(TableFiles.File file, String type) {
        return Response.ok(file.content(), type)
                .tag(EntityTag.valueOf(ETags.of(file.version())))
                .header("Content-Disposition", file.contentDisposition())
                .build();
    }

    private static EntityTag etag(Budget b) {
        return EntityTag.valueOf(ETags.of(b.version));
    }
}
