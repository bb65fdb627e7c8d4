package org.budgetperf.evaluation.weights;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/**
 * {@code /api/v1/scoring-weight-sets}: the scoring weight sets a self-evaluation may name (R-SCO-1/2/6). Everyone
 * signed in reads them; admins add versions, never change one.
 */
@Path("/api/v1/scoring-weight-sets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WeightSetResource {

    @Inject
    WeightSets sets;

    /** The newest version of every set, ordered by code. */
    @GET
    public Page<WeightSetView> list(
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        return PageRequest.of(page, size).ofAll(sets.currentVersions(), sets::view, uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WeightSetInput input, @Context UriInfo uri) {
        WeightSetView created = sets.create(input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.code())
                        .path("versions")
                        .path(created.version())
                        .build())
                .entity(created)
                .build();
    }

    /** A set: its newest version and every version, newest first. */
    @GET
    @Path("{code}")
    public WeightSetView.History get(@PathParam("code") String code) {
        List<WeightSetView> versions =
                sets.versions(code).stream().map(sets::view).toList();
        return new WeightSetView.History(code, versions.get(0), versions);
    }

    @GET
    @Path("{code}/versions/{version}")
    public WeightSetView version(@PathParam("code") String code, @PathParam("version") String version) {
        return sets.view(sets.version(code, version));
    }
}
