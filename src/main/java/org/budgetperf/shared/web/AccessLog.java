package org.budgetperf.shared.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.budgetperf.shared.problem.RequestIdFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One line per request in the log category {@code access}: method, route template (never the raw path, which
 * carries ids), status, duration in ms, the token's subject (never the token) and the request id. The fields go
 * to the MDC, so the JSON log of production carries each as its own field; the message says it in words too.
 *
 * <p>Installed first on the router, so requests refused before JAX-RS (rate limits, oversized headers) are logged
 * as well. Probes and scrapes ({@code /q/…}) are left out: they would drown the requests.
 */
@ApplicationScoped
public class AccessLog {

    /** Where the JAX-RS layer leaves the caller's subject for this log ({@link AccessLogSubject}). */
    static final String SUBJECT = "perf.access.subject";

    /** Where the REST layer keeps the matched route template (the same value the HTTP metrics are tagged with). */
    private static final String TEMPLATE = "UrlPathTemplate";

    private static final String REFUSED = "/(refused)";
    private static final String UNMATCHED = "/(unmatched)";

    private static final Logger LOG = Logger.getLogger("access");
    private static final String[] FIELDS = {
        "method", "route", "status", "durationMs", "subject", RequestIdFilter.MDC_KEY
    };

    @ConfigProperty(name = "perf.access-log.enabled", defaultValue = "true")
    boolean enabled;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 50).handler(this::observe);
    }

    private void observe(RoutingContext ctx) {
        long start = System.nanoTime();
        if (!ctx.request().path().startsWith("/q/")) {
            // Before the response is sent, so the HTTP metrics (which read the template at its end) see it too.
            ctx.addHeadersEndHandler(headers -> markUnmatched(ctx, UNMATCHED));
            if (enabled) {
                ctx.addEndHandler(done -> log(ctx, (System.nanoTime() - start) / 1_000_000));
            }
        }
        ctx.next();
    }

    private static void log(RoutingContext ctx, long millis) {
        HttpServerRequest request = ctx.request();
        String method = request.method().name();
        String route = route(ctx);
        int status = ctx.response().getStatusCode();
        Object subject = ctx.get(SUBJECT);
        String who = subject == null ? "-" : subject.toString();
        String requestId = ctx.response().headers().get(RequestIdFilter.HEADER);
        MDC.put("method", method);
        MDC.put("route", route);
        MDC.put("status", status);
        MDC.put("durationMs", millis);
        MDC.put("subject", who);
        MDC.put(RequestIdFilter.MDC_KEY, requestId == null ? "-" : requestId);
        try {
            // Concatenated, not a format string: this line is written for every request, and a format string costs
            // a java.util.Formatter per line (about a fifth of an authenticated request's CPU went into this log).
            LOG.info(method + ' ' + route + ' ' + status + ' ' + millis + " ms subject=" + who);
        } finally {
            for (String key : FIELDS) {
                MDC.remove(key);
            }
        }
    }

    /**
     * Marks a request the HTTP layer answered before any route matched (rate limit, oversized URI or headers): the
     * HTTP metrics and this log then name it by that fixed word instead of its raw path, which may carry ids.
     * Likewise every request no resource matched (a 405, a 404 outside the API) is named {@code /(unmatched)}; the
     * leading slash is the one the HTTP metrics add to a template, so the log and the metrics use the same word.
     */
    static void refusedBeforeRouting(RoutingContext ctx) {
        markUnmatched(ctx, REFUSED);
    }

    /** Names a request that no route template named (no resource matched it) by a fixed word. */
    private static void markUnmatched(RoutingContext ctx, String word) {
        if (ctx.request() instanceof HttpServerRequestInternal internal
                && internal.context() != null
                && internal.context().getLocal(TEMPLATE) == null) {
            internal.context().putLocal(TEMPLATE, word);
        }
    }

    /** The matched route template, or a fixed word: an unmatched raw path would be one log key per typo. */
    private static String route(RoutingContext ctx) {
        if (ctx.request() instanceof HttpServerRequestInternal internal) {
            Object template = internal.context().getLocal(TEMPLATE);
            if (template != null) {
                return template.toString();
            }
        }
        return UNMATCHED;
    }
}
