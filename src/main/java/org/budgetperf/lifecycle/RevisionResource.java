package org.budgetperf.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.BudgetResource;
import org.budgetperf.budget.TableFiles;
import org.budgetperf.shared.web.MediaTypes;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/budgets/{budgetId}/revisions}: approved revisions as approved, and what changed between two. */
@Path("/api/v1/budgets/{budgetId}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RevisionResource {

    @Inject
    RevisionService revisions;

    @GET
    public Page<RevisionService.RevisionSummary> list(
            @PathParam("budgetId") UUID budgetId,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        List<RevisionService.RevisionSummary> all = revisions.list(budgetId);
        return request.toPage(
                all.subList(
                        Math.min(request.offset(), all.size()),
                        Math.min(request.offset() + request.size(), all.size())),
                all.size(),
                r -> r,
                uri);
    }

    @GET
    @Path("{number}")
    public JsonNode get(@PathParam("budgetId") UUID budgetId, @PathParam("number") int number) {
        return revisions.document(budgetId, number);
    }

    /** Revision {@code number} in the official layout, {@code ?format=xlsx} or {@code tsv}: binary only. */
    @GET
    @Path("{number}/export")
    @Produces({MediaTypes.XLSX, MediaTypes.TSV})
    public Response export(
            @PathParam("budgetId") UUID budgetId,
            @PathParam("number") int number,
            @QueryParam("format") String format) {
        TableFiles.Format f = TableFiles.Format.parse(format);
        return BudgetResource.download(revisions.file(budgetId, number, f), f.mediaType);
    }

    /** Every changed amount, goal, task and indicator of revision {@code number} since revision {@code since}. */
    @GET
    @Path("{number}/changes")
    public RevisionDiff.Result changes(
            @PathParam("budgetId") UUID budgetId, @PathParam("number") int number, @QueryParam("since") String since) {
        return revisions.changes(budgetId, number, QueryParams.integer("since", since, 0, 100_000));
    }
}
