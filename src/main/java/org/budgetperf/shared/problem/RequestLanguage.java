package org.budgetperf.shared.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Chooses the language of a request's problem documents once, from its {@code Accept-Language}, before any
 * resource runs; every problem of the request is then written in it ({@link #of}).
 */
public class RequestLanguage {

    static final String PROPERTY = "budgetperf.language";
    public static final String ACCEPT_LANGUAGE = "Accept-Language";

    @ServerRequestFilter(preMatching = true)
    public void choose(ContainerRequestContext request) {
        request.setProperty(PROPERTY, Language.fromAcceptLanguage(request.getHeaderString(ACCEPT_LANGUAGE)));
    }

    /** The language chosen for {@code request} (chosen now should the request have failed before the filter ran). */
    public static Language of(ContainerRequestContext request) {
        if (request == null) {
            return Language.EN;
        }
        if (request.getProperty(PROPERTY) instanceof Language chosen) {
            return chosen;
        }
        Language chosen = Language.fromAcceptLanguage(request.getHeaderString(ACCEPT_LANGUAGE));
        request.setProperty(PROPERTY, chosen);
        return chosen;
    }
}
