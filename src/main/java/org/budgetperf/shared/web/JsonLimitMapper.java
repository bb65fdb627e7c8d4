package org.budgetperf.shared.web;

import static org.budgetperf.shared.web.JacksonCustomizer.LIMITS;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A body beyond the parser's limits ({@link JacksonCustomizer#LIMITS}) is a 400 that names the limits, in words. */
public class JsonLimitMapper {

    @ServerExceptionMapper
    public Response beyondLimits(StreamConstraintsException e, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.MALFORMED_REQUEST, "body exceeds a parsing limit: nesting deeper than "
                + LIMITS.getMaxNestingDepth() + " levels, a number longer than " + LIMITS.getMaxNumberLength()
                + " characters or a string longer than " + LIMITS.getMaxStringLength() + " characters",
                "/" + uri.getPath().replaceFirst("^/", ""));
    }
}
