package org.budgetperf.reference;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.budgetperf.shared.web.ETags;

/**
 * {@code /api/v1/reference}: the fields, rules and codes a frontend builds its forms and help texts from. Public
 * reference data: any authenticated caller reads it, the answer does not depend on the caller, and it is cacheable —
 * {@code ETag} plus {@code Cache-Control: private, max-age}, 304 on a matching {@code If-None-Match}. Private, because
 * the requests carry a token: a shared cache must not hand the data to callers without one.
 */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReferenceResource {

    /** One hour: reference data changes only with a deployment, and a revalidation costs a 304. */
    static final String CACHE_CONTROL = "private, max-age=3600";

    @Inject
    ReferenceDocuments documents;

    @GET
    @Path("fields")
    public Response fields(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(documents.fields(), ifNoneMatch);
    }

    @GET
    @Path("rules")
    public Response rules(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(documents.rules(), ifNoneMatch);
    }

    @GET
    @Path("codes")
    public Response codes(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(documents.codes(), ifNoneMatch);
    }

    private static Response serve(ReferenceDocuments.Document document, String ifNoneMatch) {
        Response.ResponseBuilder answer = ETags.matchesAny(ifNoneMatch, document.etag())
                ? Response.notModified()
                : Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        return answer.header("ETag", document.etag())
                .header("Cache-Control", CACHE_CONTROL)
                .build();
    }
}
