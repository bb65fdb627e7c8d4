package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetperf.shared.problem.Language;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.Problem;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.ProblemResponses;
import org.budgetperf.shared.problem.RequestIdFilter;
import org.budgetperf.shared.problem.RequestLanguage;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.ratelimit.RateLimiter;
import org.eclipse.microprofile.config.Config;

/**
 * Problem documents for what the HTTP layer refuses before any resource runs, so that no error of this service
 * ever has an empty or HTML body:
 *
 * <ul>
 *   <li>a request line longer than {@value #MAX_URI_LENGTH} characters (414) or headers larger than
 *       {@value #MAX_HEADER_BYTES} bytes (431). The server's own codec limits are set far above these (see
 *       application.properties) so that such requests reach this guard and are answered in words;</li>
 *   <li>a body whose declared size exceeds its limit (413; 2 MB for JSON, 10 MB for imported files), before it is
 *       read. A body sent without a length (chunked) is read here, counted as it streams and refused at the same
 *       limit;</li>
 *   <li>a browser request from an origin CORS does not allow (403), before the CORS filter refuses it without a body;</li>
 *   <li>every 4xx the router itself fails a request with (a malformed percent-encoding in the path: 400; a body over
 *       the limit while streaming: 413; …), turned into the problem of that status.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpLayerProblems {

    public static final int MAX_URI_LENGTH = 8192;
    public static final int MAX_HEADER_BYTES = 16384;

    /** Where tables are imported: the only bodies that may be as large as a file. */
    public static final String IMPORTS_PATH = "/api/v1/budget-imports";

    /** A media type as RFC 9110 §8.3.1 writes it: type/subtype, then parameters. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*(;.*)?", Pattern.DOTALL);

    private static final Map<Integer, ProblemCode> BY_STATUS = Map.of(
            400,
            ProblemCode.MALFORMED_REQUEST,
            404,
            ProblemCode.NOT_FOUND,
            405,
            ProblemCode.METHOD_NOT_ALLOWED,
            406,
            ProblemCode.NOT_ACCEPTABLE,
            413,
            ProblemCode.PAYLOAD_TOO_LARGE,
            414,
            ProblemCode.URI_TOO_LONG,
            415,
            ProblemCode.UNSUPPORTED_MEDIA_TYPE,
            431,
            ProblemCode.HEADERS_TOO_LARGE);

    private final long jsonLimit;
    private final long importLimit;
    private final ObjectMapper mapper;
    private final BodyHandler chunkedJson;
    private final BodyHandler chunkedImport;
    /** The configured CORS origins, or null when they include a pattern (then the CORS filter alone decides). */
    private final List<String> corsOrigins;

    private final RateLimiter rateLimiter;

    public HttpLayerProblems(LimitsConfig limits, ObjectMapper mapper, Config config, RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
        List<String> origins = config.getOptionalValues("quarkus.http.cors.origins", String.class)
                .orElse(List.of());
        this.corsOrigins =
                origins.stream().anyMatch(o -> o.startsWith("/") || o.contains("*")) ? null : List.copyOf(origins);
        this.jsonLimit = limits.jsonBody().asLongValue();
        this.importLimit = limits.importBody().asLongValue();
        this.mapper = mapper;
        this.chunkedJson = BodyHandler.create(false).setBodyLimit(this.jsonLimit);
        this.chunkedImport = BodyHandler.create(false).setBodyLimit(this.importLimit);
    }

    void install(@Observes Router router) {
        // Before the CORS filter, which refuses a foreign origin with an empty 403.
        router.route().order(Integer.MIN_VALUE + 100).handler(this::foreignOrigin);
        router.route().order(-200).handler(this::guard).failureHandler(this::failed);
        // Failures before any route matched (a path whose percent-encoding cannot be decoded) reach these instead.
        BY_STATUS.keySet().forEach(status -> router.errorHandler(status, this::failed));
    }

    private void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<RateLimiter.Refusal> refused = request.remoteAddress() == null
                ? Optional.empty()
                : rateLimiter.address(request.remoteAddress().hostAddress());
        if (refused.isPresent()) {
            send(
                    ctx,
                    ProblemCode.TOO_MANY_REQUESTS,
                    refused.get().detail(),
                    refused.get().headers());
            return;
        }
        if (request.host() == null) {
            // Links in answers name this server; HTTP/1.1 requires Host, and an HTTP/1.0 request without one is refused
            // too.
            send(ctx, ProblemCode.MALFORMED_REQUEST, Messages.HOST_REQUIRED.of());
            return;
        }
        if (!decodable(request.path())) {
            // Refused here, before any route: the REST layer's observability (route templates for metrics and traces)
            // decodes the path and would fail with a 500 on a bad escape.
            send(ctx, ProblemCode.MALFORMED_REQUEST, Messages.REQUEST_UNREADABLE_AT_HTTP_LAYER.of());
            return;
        }
        if (request.uri().length() > MAX_URI_LENGTH) {
            send(ctx, ProblemCode.URI_TOO_LONG, Messages.URI_TOO_LONG.of(MAX_URI_LENGTH));
            return;
        }
        if (headerBytes(request.headers()) > MAX_HEADER_BYTES) {
            send(ctx, ProblemCode.HEADERS_TOO_LARGE, Messages.HEADERS_TOO_LARGE.of(MAX_HEADER_BYTES));
            return;
        }
        String type = request.getHeader("Content-Type");
        if (type != null && !MEDIA_TYPE.matcher(type).matches()) {
            // Blank or not a media type: treated as absent (the operation then answers as for a missing type, 415
            // where it needs one); left in place, the REST layer fails with a 500 parsing it to pick an operation.
            request.headers().remove("Content-Type");
        }
        String accept = request.getHeader("Accept");
        if (accept != null && accept.isBlank()) {
            // A blank Accept states no preference (RFC 9110 §12.5.1): treated as absent, because the REST layer would
            // otherwise try to parse it when it picks a writer at run time (generic resources) and fail with a 500.
            request.headers().remove("Accept");
        }
        String length = request.getHeader("Content-Length");
        long limit = request.path().startsWith(IMPORTS_PATH) ? importLimit : jsonLimit;
        if (length != null && declaredSize(length) > limit) {
            send(ctx, ProblemCode.PAYLOAD_TOO_LARGE, Messages.BODY_OVER_DECLARED_LIMIT.of(length, limit));
            return;
        }
        if (length == null && request.headers().contains("Transfer-Encoding")) {
            // No length to check in advance: read the body here, counting, and fail with 413 at the limit.
            (limit == importLimit ? chunkedImport : chunkedJson).handle(ctx);
            return;
        }
        ctx.next();
    }

    private void foreignOrigin(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin == null
                || corsOrigins == null
                || corsOrigins.contains(origin)
                || origin.equals(ownOrigin(ctx.request()))) {
            ctx.next();
            return;
        }
        send(
                ctx,
                ProblemCode.FORBIDDEN,
                Messages.ORIGIN_NOT_ALLOWED.of(origin.length() > 100 ? origin.substring(0, 100) + "…" : origin));
    }

    private static String ownOrigin(HttpServerRequest request) {
        return request.host() == null ? null : request.scheme() + "://" + request.host();
    }

    private void failed(RoutingContext ctx) {
        // A path whose percent-encoding cannot be decoded matches no route; it is malformed, not missing.
        ProblemCode code = ctx.statusCode() == 404 && !decodable(ctx.request().path())
                ? ProblemCode.MALFORMED_REQUEST
                : BY_STATUS.get(ctx.statusCode());
        if (code == null || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        send(
                ctx,
                code,
                switch (code) {
                    case MALFORMED_REQUEST -> Messages.REQUEST_UNREADABLE_AT_HTTP_LAYER.of();
                    case PAYLOAD_TOO_LARGE -> Messages.BODY_OVER_LIMIT.of();
                    default -> code::title;
                });
    }

    private void send(RoutingContext ctx, ProblemCode code, Text detail) {
        send(ctx, code, detail, Map.of());
    }

    private void send(RoutingContext ctx, ProblemCode code, Text detail, Map<String, String> headers) {
        AccessLog.refusedBeforeRouting(ctx);
        String requestId = RequestIdFilter.idFor(ctx.request().getHeader(RequestIdFilter.HEADER));
        String path = ctx.request().path();
        // No resource runs here, so the language is chosen from the header as RequestLanguage chooses it.
        Language language = Language.fromAcceptLanguage(ctx.request().getHeader(RequestLanguage.ACCEPT_LANGUAGE));
        Problem problem = Problem.of(
                new ProblemException(code, detail),
                path == null || path.length() > 200 ? null : path,
                requestId,
                language);
        try {
            // Close the connection: the rest of a refused body is not read.
            ctx.response()
                    .setStatusCode(code.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .putHeader(RequestIdFilter.HEADER, requestId);
            ProblemResponses.languageHeaders(language).forEach(ctx.response()::putHeader);
            headers.forEach(ctx.response()::putHeader);
            ctx.response().end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** Whether every {@code %} of a path starts a two-digit hexadecimal escape. */
    static boolean decodable(String path) {
        if (path == null) {
            return false;
        }
        for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
            if (i + 2 >= path.length()
                    || Character.digit(path.charAt(i + 1), 16) < 0
                    || Character.digit(path.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> h : headers) {
            total += h.getKey().length() + h.getValue().length() + 4;
        }
        return total;
    }

    private static long declaredSize(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
