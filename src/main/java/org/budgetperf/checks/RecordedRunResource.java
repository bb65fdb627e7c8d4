package org.budgetperf.checks;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageParams;

/**
 * The shape every kind of recorded run has in the API, under {@code /api/v1/budgets/{budgetId}/…}: {@code POST}
 * records a run over the stored table (the subclass declares it, with its roles and its body, and hands the rules to
 * {@link #recordRun}), {@code GET} lists the runs newest first, {@code GET {runId}} reads one. A subclass names the
 * path and the {@link RunKind}; its results come back in their own type.
 */
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public abstract class RecordedRunResource<O> {

    @Inject
    CheckService checks;

    @Inject
    Idempotency idempotency;

    private final RunKind<O> kind;

    protected RecordedRunResource(RunKind<O> kind) {
        this.kind = kind;
    }

    @GET
    public Page<CheckRunView<O>> list(@PathParam("budgetId") UUID budgetId, @BeanParam PageParams paging) {
        return checks.page(kind, budgetId, paging.request(), paging.uri());
    }

    /** The run as JSON; the headers are there for a kind that also offers another representation of it. */
    @GET
    @Path("{runId}")
    public Response get(
            @PathParam("budgetId") UUID budgetId, @PathParam("runId") UUID runId, @Context HttpHeaders headers) {
        return Response.ok(recorded(budgetId, runId)).build();
    }

    /** One recorded run of this kind. */
    protected CheckRunView<O> recorded(UUID budgetId, UUID runId) {
        return checks.get(kind, budgetId, runId);
    }

    /**
     * What a POST that records a run says besides its body: its {@code Idempotency-Key} and, optionally, the
     * {@code If-Match} of the table version the caller saw (a stale one is a 412; without one the current version is
     * checked, as before).
     */
    public record RunRequest(String idempotencyKey, String ifMatch) {}

    /**
     * Records at most once per caller and {@code Idempotency-Key}: a retry gets the first answer (one run recorded), the
     * key with another {@code body} a 422. {@code body} is what identifies the request: the JSON input, a file's
     * digest, or null for a POST without a body.
     */
    protected Response recordOnce(RunRequest request, Object body, UriInfo uri, Supplier<Response> record) {
        return idempotency.run(request.idempotencyKey(), "POST " + uri.getPath(), body, record);
    }

    /** Runs the rules over the stored table, records the run and answers 201 with it and where it is. */
    protected Response recordRun(
            UUID budgetId,
            RunRequest request,
            Function<CheckService.Subject, CheckService.Checked<O>> rules,
            UriInfo uri) {
        CheckRunView<O> run =
                checks.run(kind.kind(), budgetId, request.ifMatch(), rules).view();
        return Response.created(
                        uri.getAbsolutePathBuilder().path(run.id().toString()).build())
                .entity(run)
                .build();
    }
}
