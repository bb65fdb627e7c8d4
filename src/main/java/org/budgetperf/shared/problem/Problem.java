package org.budgetperf.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response ({@code application/problem+json}).
 *
 * @param traceId the trace the request belongs to, while tracing is on (to find its spans); else left out
 * @param allowedActions an extension member: what the caller may do instead, when an action was refused because
 *     of the resource's state (the table actions' names; the kernel keeps them as plain strings)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String requestId,
        String traceId,
        List<Violation> violations,
        List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
