package org.budgetperf.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@code application/problem+json} answer. No stack trace or class name
 * ever reaches a body; unexpected failures are logged with the request id the client also receives.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(
                e.code(), e.getMessage(), path(uri), e.violations(), e.headers(), e.allowedActions());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = JsonPaths.of(e);
        return invalidBody(uri, field, "unknown or read-only property '" + e.getPropertyName() + "'");
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
        return invalidBody(
                uri,
                JsonPaths.of(e),
                "value " + quote(e.getValue()) + " is not a valid " + TypeNames.describe(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = JsonPaths.of(e);
        if (field.isEmpty()) {
            return malformed(uri, "request body must be a JSON object");
        }
        return invalidBody(uri, field, "expected " + TypeNames.describe(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        String field = JsonPaths.of(e);
        String reason = e.getCause() instanceof ProblemException p ? p.getMessage() : "value cannot be read";
        return field.isEmpty() ? malformed(uri, reason) : invalidBody(uri, field, reason);
    }

    @ServerExceptionMapper
    public Response syntax(JsonParseException e, UriInfo uri) {
        return malformed(
                uri,
                "body is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")");
    }

    /** Nesting, a number or a string beyond the parser's limits (see JacksonCustomizer), in the parser's words. */
    @ServerExceptionMapper
    public Response beyondLimits(StreamConstraintsException e, UriInfo uri) {
        // "Document nesting depth (33) exceeds the maximum allowed (32, from `StreamReadConstraints…`)": keep the
        // words.
        String reason = String.valueOf(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", "");
        return malformed(uri, "body exceeds a parsing limit: " + reason);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return malformed(uri, "body is not well-formed JSON");
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "send a valid bearer token: Authorization: Bearer <JWT>", "Bearer");
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "the bearer token is invalid or expired", "Bearer error=\"invalid_token\"");
    }

    /** A 401 always carries its challenge (RFC 6750 §3), so clients know which credentials to send. */
    private static Response unauthenticated(UriInfo uri, String detail, String challenge) {
        return ProblemResponses.of(
                ProblemCode.UNAUTHENTICATED, detail, path(uri), List.of(), Map.of("WWW-Authenticate", challenge));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.FORBIDDEN, "your token does not grant this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response staleEntity(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(
                ProblemCode.PRECONDITION_FAILED,
                "the resource was changed by someone else meanwhile; read it again and retry with its new ETag",
                path(uri));
    }

    @ServerExceptionMapper
    public Response unknownPath(NotFoundException e, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.NOT_FOUND, "no resource at " + path(uri), path(uri));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String allow = e.getResponse().getHeaderString("Allow");
        return ProblemResponses.of(
                ProblemCode.METHOD_NOT_ALLOWED,
                "method not allowed here" + (allow == null ? "" : "; allowed: " + allow),
                path(uri),
                List.of(),
                allow == null ? Map.of() : Map.of("Allow", allow));
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(
                ProblemCode.UNSUPPORTED_MEDIA_TYPE,
                "send the body as application/json (or the media type documented for this operation)",
                path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemResponses.of(
                ProblemCode.NOT_ACCEPTABLE,
                "this resource cannot be represented in the requested media type",
                path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return ProblemResponses.of(
                    ProblemCode.PAYLOAD_TOO_LARGE, "request body exceeds the documented limit", path(uri));
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return ProblemResponses.of(ProblemCode.INTERNAL_ERROR, "the request could not be completed", path(uri));
        }
        // The JSON reader hands some failures over wrapped; they are answered like the same failure unwrapped.
        if (status == 400 && e.getCause() instanceof JsonMappingException mapping) {
            return mapping(mapping, uri);
        }
        if (status == 400 && e.getCause() instanceof StreamConstraintsException limit) {
            return beyondLimits(limit, uri);
        }
        if (status == 400) {
            return malformed(uri, "the request could not be read");
        }
        return ProblemResponses.of(ProblemCode.CONFLICT, "request refused", path(uri));
    }

    @ServerExceptionMapper
    public Response databaseDown(JDBCConnectionException e, UriInfo uri) {
        return unavailable(e, uri);
    }

    @ServerExceptionMapper
    public Response databaseBusy(SQLTransientConnectionException e, UriInfo uri) {
        return unavailable(e, uri);
    }

    /**
     * A unique constraint of the schema and the 409 it means: a check before the write could not see two requests
     * racing for the same department code or table year, so the constraint answers as the check would.
     */
    private record UniqueConstraint(String name, ProblemCode code, String detail, Violation violation) {}

    private static final List<UniqueConstraint> UNIQUE_CONSTRAINTS = List.of(
            new UniqueConstraint(
                    "uq_budget_department_year",
                    ProblemCode.DUPLICATE_BUDGET,
                    "the department already has a table for this fiscal year",
                    Violation.body("fiscalYear", "a table for this department and year already exists")),
            new UniqueConstraint(
                    "uq_department_code",
                    ProblemCode.DUPLICATE_DEPARTMENT_CODE,
                    "another department already uses this code",
                    Violation.body("code", "already in use")),
            new UniqueConstraint(
                    "uq_scoring_weight_set_version",
                    ProblemCode.CONFLICT,
                    "this version of the weight set exists; a set is never changed, add a new version",
                    Violation.body("version", "already exists")));

    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String constraint =
                e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(java.util.Locale.ROOT);
        for (UniqueConstraint known : UNIQUE_CONSTRAINTS) {
            if (constraint.contains(known.name())) {
                return refusedAt(uri, known.code(), known.detail(), known.violation());
            }
        }
        LOG.error("unexpected constraint violation", e);
        return internalError(uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return duplicate(violation, uri); // raised at commit, wrapped by the transaction manager
            }
        }
        if (causedByConnectionLoss(e)) {
            return unavailable(e, uri);
        }
        if (failedAtCommit(e)) {
            // The database went away between the last statement and the commit: nothing was acknowledged, and a
            // retry (with the same Idempotency-Key for a POST) is safe, exactly as for an outage at any other moment.
            LOG.error("transaction could not be committed", e);
            return unavailable(e, uri);
        }
        LOG.error("unexpected failure", e);
        return internalError(uri);
    }

    private static boolean causedByConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().contains("AcquisitionTimeout")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is the transaction manager's report that the commit itself failed. */
    private static boolean failedAtCommit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException
                    || t instanceof jakarta.transaction.HeuristicMixedException
                    || t instanceof jakarta.transaction.HeuristicRollbackException
                    || t instanceof jakarta.transaction.SystemException
                    || t instanceof javax.transaction.xa.XAException) {
                return true;
            }
        }
        return false;
    }

    private static Response unavailable(Throwable e, UriInfo uri) {
        LOG.warn("database unavailable: " + e.getMessage());
        return ProblemResponses.of(
                ProblemCode.DATABASE_UNAVAILABLE,
                "the database is not reachable right now; retry later",
                path(uri),
                List.of(),
                Map.of("Retry-After", "5"));
    }

    /** A refusal that names the one field at fault, so a client can put the message beside it. */
    private static Response refusedAt(UriInfo uri, ProblemCode code, String detail, Violation violation) {
        return ProblemResponses.of(code, detail, path(uri), List.of(violation), Map.of());
    }

    private static Response internalError(UriInfo uri) {
        return ProblemResponses.of(
                ProblemCode.INTERNAL_ERROR,
                "the request could not be completed; quote the request id when reporting it",
                path(uri));
    }

    private static Response invalidBody(UriInfo uri, String field, String message) {
        return refusedAt(uri, ProblemCode.VALIDATION_FAILED, field + ": " + message, Violation.body(field, message));
    }

    private static Response malformed(UriInfo uri, String detail) {
        return ProblemResponses.of(ProblemCode.MALFORMED_REQUEST, detail, path(uri));
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }

    private static String path(UriInfo uri) {
        return ProblemResponses.instance(uri);
    }
}
