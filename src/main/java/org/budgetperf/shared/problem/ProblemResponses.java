package org.budgetperf.shared.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * Builds {@code application/problem+json} responses, written in the language the request chose
 * ({@link RequestLanguage}), which {@code Content-Language} names; {@code Vary: Accept-Language} tells caches that
 * another language gets another text.
 */
public final class ProblemResponses {

    public static final String CONTENT_LANGUAGE = "Content-Language";
    public static final String VARY = "Vary";

    private ProblemResponses() {}

    /** The answer to {@code request} that {@code problem} stands for. */
    public static Response of(ProblemException problem, ContainerRequestContext request) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        Language language = RequestLanguage.of(request);
        Problem document = Problem.of(
                problem,
                request == null ? null : instance(request.getUriInfo()),
                requestId == null ? null : requestId.toString(),
                language);
        Response.ResponseBuilder builder = Response.status(problem.code().status())
                .type(Problem.MEDIA_TYPE)
                .entity(document);
        languageHeaders(language).forEach(builder::header);
        problem.headers().forEach(builder::header);
        return builder.build();
    }

    /** The headers that say which language a problem document is written in. */
    public static Map<String, String> languageHeaders(Language language) {
        return Map.of(CONTENT_LANGUAGE, language.tag(), VARY, RequestLanguage.ACCEPT_LANGUAGE);
    }

    /** The {@code instance} of a problem: the request's path. */
    public static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
