package org.budgetperf.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.budgetperf.shared.problem.Problem;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.RequestIdFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body size exceeds its limit (2 MB for JSON, 10 MB for imported
 * files, both configurable) with a 413 problem document before the body is read. The HTTP layer enforces the same limit on bodies sent without a length, but answers
 * those with an empty 413.
 */
@ApplicationScoped
public class BodySizeGuard {

    private final long jsonLimit;
    private final long importLimit;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public BodySizeGuard(@ConfigProperty(name = "perf.limits.json-body") MemorySize jsonLimit,
            @ConfigProperty(name = "perf.limits.import-body") MemorySize importLimit,
            com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.jsonLimit = jsonLimit.asLongValue();
        this.importLimit = importLimit.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long limit = ctx.request().path().startsWith("/api/v1/budget-imports") ? importLimit : jsonLimit;
            if (length != null && declaredSize(length) > limit) {
                String requestId = RequestIdFilter.idFor(ctx.request().getHeader(RequestIdFilter.HEADER));
                Problem problem = new Problem(ProblemCode.PAYLOAD_TOO_LARGE.type(), ProblemCode.PAYLOAD_TOO_LARGE.title(), 413,
                        "request body of " + length + " bytes exceeds the limit of " + limit + " bytes",
                        ctx.request().path(), ProblemCode.PAYLOAD_TOO_LARGE.name(), requestId, null);
                try {
                    ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .putHeader("Connection", "close").putHeader(RequestIdFilter.HEADER, requestId).end(mapper.writeValueAsString(problem));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    ctx.fail(e);
                }
                return;
            }
            ctx.next();
        });
    }

    private static long declaredSize(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
