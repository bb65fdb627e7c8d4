package org.budgetperf.budget;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.shared.audit.AuditEntry;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MediaTypes;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageParams;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/budgets}: operations documented in openapi/openapi.yaml. */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BudgetResource {

    private static final String VARY = "Vary";
    private static final String AUTHORIZATION = "Authorization";

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

    @Inject
    TableActions actions;

    @Inject
    BudgetList budgets;

    @GET
    public Page<BudgetSummary> list(
            @QueryParam("departmentId") String departmentId,
            @QueryParam("departmentCode") List<String> departmentCode,
            @QueryParam("q") String q,
            @QueryParam("departmentName") String departmentName,
            @QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("fiscalYearFrom") String fiscalYearFrom,
            @QueryParam("fiscalYearTo") String fiscalYearTo,
            @QueryParam("status") List<String> status,
            @QueryParam("updatedSince") String updatedSince,
            @QueryParam("sort") List<String> sort,
            @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        String fragment = QueryParams.text("q", q, 200);
        String named = QueryParams.text("departmentName", departmentName, 200);
        if (fragment != null && named != null) {
            throw ProblemException.invalid(
                    Violation.query("departmentName", ViolationCode.INCONSISTENT, Messages.SAME_FILTER_TWICE.of()));
        }
        Integer from = QueryParams.integer("fiscalYearFrom", fiscalYearFrom, 2000, 2100);
        Integer to = QueryParams.integer("fiscalYearTo", fiscalYearTo, 2000, 2100);
        if (from != null && to != null && from > to) {
            throw ProblemException.invalid(
                    Violation.query("fiscalYearTo", ViolationCode.INCONSISTENT, Messages.YEAR_RANGE_REVERSED.of(from)));
        }
        BudgetList.Filter filter = new BudgetList.Filter(
                QueryParams.uuid("departmentId", departmentId),
                QueryParams.texts("departmentCode", departmentCode, 64, 100),
                fragment != null ? fragment : named,
                QueryParams.integer("fiscalYear", fiscalYear, 2000, 2100),
                from,
                to,
                QueryParams.enumValues("status", status, BudgetStatus.class),
                QueryParams.timestamp("updatedSince", updatedSince));
        return budgets.page(filter, BudgetList.order(sort), request, paging.uri());
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
                    .entity(viewFor(b))
                    .build();
        });
    }

    /**
     * The whole table. Served from {@link BudgetDocumentCache} when the table and its department are
     * unchanged, and answered 304 when the client already holds the current version.
     *
     * <p>The cached document is the same for every caller; the caller's {@code allowedActions} are added to it as it
     * is served. They depend on the token and on the table's status, department and approved revisions, each of
     * which changes the table's version: for one token the ETag (the table's version) still names exactly one
     * answer, and {@code Vary: Authorization} tells caches that another token may get other actions.
     */
    @GET
    @Path("{budgetId}")
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.XLSX, MediaTypes.TSV})
    public Response get(
            @PathParam("budgetId") UUID budgetId,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers)
            throws JsonProcessingException {
        // Deprecated alias of GET {budgetId}/export, outside the typed contract: Accept naming a file format.
        for (TableFiles.Format format : TableFiles.Format.values()) {
            if (MediaTypes.prefers(headers, format.mediaType)) {
                return download(export.table(budgetId, format), format.mediaType);
            }
        }
        BudgetService.Current current = service.current(budgetId);
        BudgetDocumentCache.Key key = current.key();
        EntityTag tag = EntityTag.valueOf(ETags.of(key.budgetVersion()));
        if (ETags.matchesAny(ifNoneMatch, key.budgetVersion())) {
            return Response.notModified(tag).header(VARY, AUTHORIZATION).build();
        }
        byte[] document = cache.get(key);
        if (document == null) {
            BudgetService.VersionedView built = service.versionedView(budgetId);
            document = mapper.writeValueAsBytes(built.view());
            cache.put(built.key(), document);
            tag = EntityTag.valueOf(ETags.of(built.key().budgetVersion()));
            current = new BudgetService.Current(built.key(), TableActions.State.of(built.budget()));
        }
        return Response.ok(withActions(document, current.state()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag)
                .header(VARY, AUTHORIZATION)
                .build();
    }

    /** The table in the official layout, {@code ?format=xlsx} or {@code tsv}: binary only, never JSON. */
    @GET
    @Path("{budgetId}/export")
    @Produces({MediaTypes.XLSX, MediaTypes.TSV})
    public Response export(@PathParam("budgetId") UUID budgetId, @QueryParam("format") String format) {
        TableFiles.Format f = TableFiles.Format.parse(format);
        return download(export.table(budgetId, f), f.mediaType);
    }

    @PUT
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{budgetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("budgetId") UUID budgetId, @HeaderParam("If-Match") String ifMatch, BudgetUpdate input) {
        Budget b = service.update(budgetId, ifMatch, input);
        return Response.ok(viewFor(b)).tag(etag(b)).build();
    }

    @PATCH
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{budgetId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("budgetId") UUID budgetId, @HeaderParam("If-Match") String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        Budget b = service.patch(budgetId, ifMatch, patch);
        return Response.ok(viewFor(b)).tag(etag(b)).build();
    }

    @DELETE
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{budgetId}")
    public Response delete(@PathParam("budgetId") UUID budgetId, @HeaderParam("If-Match") String ifMatch) {
        service.delete(budgetId, ifMatch);
        return Response.noContent().build();
    }

    /** The table's change history (the table, its tasks and indicators), newest first. */
    @GET
    @Path("{budgetId}/history")
    public Page<AuditEntry> history(@PathParam("budgetId") UUID budgetId, @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        service.documentKey(budgetId);
        return audit.history(AuditTrail.Owner.BUDGET, budgetId, request, paging.uri());
    }

    /** The table's document as answered to the caller, with what the caller may do with it. */
    private BudgetView viewFor(Budget b) {
        return service.view(b.id).withActions(actions.allowed(TableActions.State.of(b)));
    }

    /**
     * The cached document with the caller's actions as its first member: the document is always a JSON object this
     * service wrote, so the actions are spliced in after its opening brace without parsing it again.
     */
    private byte[] withActions(byte[] document, TableActions.State state) throws JsonProcessingException {
        byte[] member = mapper.writeValueAsBytes(Map.of("allowedActions", actions.allowed(state)));
        byte[] spliced = new byte[member.length + document.length - 1];
        System.arraycopy(member, 0, spliced, 0, member.length - 1);
        spliced[member.length - 1] = ',';
        System.arraycopy(document, 1, spliced, member.length, document.length - 1);
        return spliced;
    }

    /** An exported file as an attachment, tagged with the version it shows. */
    public static Response download(TableFiles.File file, String type) {
        return Response.ok(file.content(), type)
                .tag(EntityTag.valueOf(file.etag()))
                .header("Content-Disposition", file.contentDisposition())
                .build();
    }

    private static EntityTag etag(Budget b) {
        return EntityTag.valueOf(ETags.of(b.version));
    }
}
