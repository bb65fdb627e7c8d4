package org.budgetperf.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/**
 * The endpoints of one block of a table's rows, {@code /api/v1/budgets/{budgetId}/<block>}, documented in
 * openapi/openapi.yaml: a page of rows in form order, and one row to create, read, replace, patch or delete. A row is
 * answered with its view and its own version as ETag; department editors change rows, everyone may read them.
 *
 * @param <R> the row entity
 * @param <I> what a client sends for a row
 * @param <V> how the API shows a row
 */
public abstract class TableRowResource<R extends TableRow, I extends TableRowInput, V> {

    /** Rows come in larger pages than other lists (the contract's "Lists"): 100 by default, at most 1000. */
    private static final int DEFAULT_PAGE = 100;

    private static final int MAX_PAGE = 1000;

    @Inject
    Idempotency idempotency;

    /** The service of this block. */
    protected abstract TableRowService<R, I> service();

    /** How rows of the table are shown, prepared once per request (an indicator's view needs its table's framework). */
    protected abstract Function<R, V> views(UUID budgetId);

    @GET
    public Page<V> list(
            @PathParam("budgetId") UUID budgetId,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size, DEFAULT_PAGE, MAX_PAGE);
        Function<R, V> view = views(budgetId);
        return request.toPage(service().list(budgetId, request), service().count(budgetId), view, uri);
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @PathParam("budgetId") UUID budgetId,
            I input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            R row = service().create(budgetId, input);
            return Response.created(
                            uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                    .tag(etag(row))
                    .entity(views(budgetId).apply(row))
                    .build();
        });
    }

    /** The block as it stands after a bulk replace. */
    public record RowsView<V>(List<V> items) {}

    /**
     * Replaces the whole block in one request under the table's {@code If-Match} (see
     * {@link TableRowService#replaceAll}); answered with the block and the table's new ETag.
     */
    @PUT
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceAll(
            @PathParam("budgetId") UUID budgetId, @HeaderParam("If-Match") String ifMatch, TableRowService.RowList body)
            throws JsonProcessingException {
        TableRowService.Replaced<R> replaced = service().replaceAll(budgetId, ifMatch, body);
        Function<R, V> view = views(budgetId);
        return Response.ok(new RowsView<>(replaced.rows().stream().map(view).toList()))
                .tag(EntityTag.valueOf(ETags.of(replaced.budgetVersion())))
                .build();
    }

    @GET
    @Path("{rowId}")
    public Response get(@PathParam("budgetId") UUID budgetId, @PathParam("rowId") UUID rowId) {
        return answer(budgetId, service().get(budgetId, rowId));
    }

    @PUT
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{rowId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("rowId") UUID rowId,
            @HeaderParam("If-Match") String ifMatch,
            I input) {
        return answer(budgetId, service().replace(budgetId, rowId, ifMatch, input));
    }

    @PATCH
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{rowId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("rowId") UUID rowId,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch)
            throws JsonProcessingException {
        return answer(budgetId, service().patch(budgetId, rowId, ifMatch, patch));
    }

    @DELETE
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Path("{rowId}")
    public Response delete(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("rowId") UUID rowId,
            @HeaderParam("If-Match") String ifMatch) {
        service().delete(budgetId, rowId, ifMatch);
        return Response.noContent().build();
    }

    private Response answer(UUID budgetId, R row) {
        return Response.ok(views(budgetId).apply(row)).tag(etag(row)).build();
    }

    private static EntityTag etag(TableRow row) {
        return EntityTag.valueOf(ETags.of(row.version));
    }
}
