package org.budgetperf.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands the token's subject (the {@code sub} claim, never the token) to the {@link AccessLog} line of the request. */
public class AccessLogSubject {

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void remember(RoutingContext ctx) {
        try {
            if (!identity.isAnonymous()) {
                String subject = identity.getPrincipal() instanceof JsonWebToken token
                        ? token.getSubject()
                        : identity.getPrincipal().getName();
                // Bounded: the line is for people, and a subject is an id, not a story.
                if (subject != null) {
                    ctx.put(AccessLog.SUBJECT, subject.length() > 128 ? subject.substring(0, 128) : subject);
                }
            }
        } catch (RuntimeException refused) {
            // A token that failed verification: the request was answered 401, and the line says "-".
        }
    }
}
