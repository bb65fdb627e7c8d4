package org.budgetperf.shared.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Counts each authenticated request against its caller's limit for the class of operation. Runs once the token
 * is verified, so a forged token cannot spend somebody else's quota; requests without a valid token are limited
 * per client address at the HTTP layer instead.
 */
public class CallerRateLimitFilter {

    private static final List<String> FILE_TYPES = List.of("spreadsheetml", "tab-separated-values");
    /** Operations that answer with a file whatever the client accepts: exports, blank forms, bulk export files. */
    private static final List<String> FILE_PATHS = List.of("/export", "-form", "/file");

    private static final String SELF_EVALUATION_PREVIEWS = "/api/v1/self-evaluation-previews";
    private static final String IMPORTS = "/api/v1/budget-imports";

    @Inject
    RateLimiter limiter;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return null;
        }
        return limiter.caller(identity.getPrincipal().getName(), policyOf(request))
                .map(refusal -> ProblemResponses.of(
                        new ProblemException(
                                ProblemCode.TOO_MANY_REQUESTS, refusal.detail(), List.of(), refusal.headers()),
                        request))
                .orElse(null);
    }

    /** Files in or out (imports, exports, forms, uploaded forms) are transfers; other reads and writes by method. */
    static RateLimiter.Policy policyOf(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith(IMPORTS)
                || FILE_PATHS.stream().anyMatch(path::endsWith)
                || path.equals(SELF_EVALUATION_PREVIEWS)
                || isFile(request.getHeaderString(HttpHeaders.CONTENT_TYPE))
                || isFile(request.getHeaderString(HttpHeaders.ACCEPT))) {
            return RateLimiter.Policy.TRANSFERS;
        }
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") ? RateLimiter.Policy.READS : RateLimiter.Policy.WRITES;
    }

    private static boolean isFile(String mediaTypes) {
        return mediaTypes != null && FILE_TYPES.stream().anyMatch(mediaTypes::contains);
    }
}
