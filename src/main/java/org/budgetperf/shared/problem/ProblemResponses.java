package org.budgetperf.shared.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(
            ProblemCode code, String detail, String instance, List<Violation> violations, Map<String, String> headers) {
        return of(code, detail, instance, violations, headers, null);
    }

    public static Response of(
            ProblemCode code,
            String detail,
            String instance,
            List<Violation> violations,
            Map<String, String> headers,
            List<String> allowedActions) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        Problem problem = new Problem(
                code.type(),
                code.title(),
                code.status(),
                detail,
                instance,
                code.name(),
                requestId == null ? null : requestId.toString(),
                TraceIds.current(),
                violations == null || violations.isEmpty() ? null : violations,
                allowedActions);
        Response.ResponseBuilder builder =
                Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(problem);
        headers.forEach(builder::header);
        return builder.build();
    }

    public static Response of(ProblemCode code, String detail, String instance) {
        return of(code, detail, instance, List.of(), Map.of());
    }

    /** The {@code instance} of a problem: the request's path. */
    public static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
