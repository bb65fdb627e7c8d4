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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@code application/problem+json} answer, in the request's language, with a
 * {@link ViolationCode} for every refused value (also those the JSON reader refuses). No stack trace or class name
 * ever reaches a body; unexpected failures are logged with the request id the client also receives.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        return ProblemResponses.of(e, request);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, ContainerRequestContext request) {
        return invalidBody(
                request,
                Violation.body(
                        JsonPaths.of(e),
                        ViolationCode.UNKNOWN_PROPERTY,
                        Messages.UNKNOWN_PROPERTY.of(String.valueOf(e.getPropertyName()))));
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, ContainerRequestContext request) {
        return invalidBody(
                request,
                Violation.body(
                        JsonPaths.of(e),
                        TypeNames.codeFor(e.getTargetType(), ViolationCode.INVALID_VALUE),
                        Messages.NOT_A_VALID.of(quote(e.getValue()), TypeNames.describe(e.getTargetType()))));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, ContainerRequestContext request) {
        String field = JsonPaths.of(e);
        if (field.isEmpty()) {
            return malformed(request, Messages.BODY_NOT_AN_OBJECT.of());
        }
        return invalidBody(
                request,
                Violation.body(
                        field,
                        TypeNames.codeFor(e.getTargetType(), ViolationCode.WRONG_TYPE),
                        Messages.EXPECTED.of(TypeNames.describe(e.getTargetType()))));
    }

    /**
     * A value the JSON reader refused: the refusal of one of the service's own readers (a number beyond the bounds, a
     * character that cannot be stored), which names its code and message, or a value that cannot be read at all.
     */
    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, ContainerRequestContext request) {
        String field = JsonPaths.of(e);
        Violation refusal =
                e.getCause() instanceof ProblemException p && !p.violations().isEmpty()
                        ? p.violations().get(0)
                        : Violation.body("", ViolationCode.INVALID_VALUE, Messages.VALUE_UNREADABLE.of());
        return field.isEmpty() ? malformed(request, refusal.message()) : invalidBody(request, refusal.at(field));
    }

    @ServerExceptionMapper
    public Response syntax(JsonParseException e, ContainerRequestContext request) {
        return malformed(
                request,
                Messages.NOT_WELL_FORMED_JSON_AT.of(
                        e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
    }

    /** Nesting, a number or a string beyond the parser's limits (see JacksonCustomizer), in the parser's words. */
    @ServerExceptionMapper
    public Response beyondLimits(StreamConstraintsException e, ContainerRequestContext request) {
        // "Document nesting depth (33) exceeds the maximum allowed (32, from `StreamReadConstraints…`)": keep the
        // words.
        String reason = String.valueOf(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", "");
        return malformed(request, Messages.BEYOND_PARSING_LIMIT.of(reason));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        return malformed(request, Messages.NOT_WELL_FORMED_JSON.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, ContainerRequestContext request) {
        return unauthenticated(request, Messages.SEND_BEARER_TOKEN.of(), "Bearer");
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, ContainerRequestContext request) {
        return unauthenticated(request, Messages.TOKEN_INVALID.of(), "Bearer error=\"invalid_token\"");
    }

    /** A 401 always carries its challenge (RFC 6750 §3), so clients know which credentials to send. */
    private static Response unauthenticated(ContainerRequestContext request, Text detail, String challenge) {
        return answer(
                request,
                new ProblemException(
                        ProblemCode.UNAUTHENTICATED, detail, List.of(), Map.of("WWW-Authenticate", challenge)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return answer(request, ProblemCode.FORBIDDEN, Messages.TOKEN_DOES_NOT_GRANT.of());
    }

    @ServerExceptionMapper
    public Response staleEntity(OptimisticLockException e, ContainerRequestContext request) {
        return answer(request, ProblemCode.PRECONDITION_FAILED, Messages.CHANGED_MEANWHILE.of());
    }

    @ServerExceptionMapper
    public Response unknownPath(NotFoundException e, ContainerRequestContext request) {
        return answer(
                request,
                ProblemCode.NOT_FOUND,
                Messages.NO_RESOURCE_AT.of(ProblemResponses.instance(request.getUriInfo())));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, ContainerRequestContext request) {
        String allow = e.getResponse().getHeaderString("Allow");
        return answer(
                request,
                new ProblemException(
                        ProblemCode.METHOD_NOT_ALLOWED,
                        allow == null ? Messages.METHOD_NOT_ALLOWED.of() : Messages.METHOD_NOT_ALLOWED_ALLOW.of(allow),
                        List.of(),
                        allow == null ? Map.of() : Map.of("Allow", allow)));
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, ContainerRequestContext request) {
        return answer(request, ProblemCode.UNSUPPORTED_MEDIA_TYPE, Messages.SEND_JSON.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, ContainerRequestContext request) {
        return answer(request, ProblemCode.NOT_ACCEPTABLE, Messages.NOT_ACCEPTABLE.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return answer(request, ProblemCode.PAYLOAD_TOO_LARGE, Messages.BODY_OVER_LIMIT.of());
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return answer(request, ProblemCode.INTERNAL_ERROR, Messages.REQUEST_NOT_COMPLETED.of());
        }
        // The JSON reader hands some failures over wrapped; they are answered like the same failure unwrapped.
        if (status == 400 && e.getCause() instanceof JsonMappingException mapping) {
            return mapping(mapping, request);
        }
        if (status == 400 && e.getCause() instanceof StreamConstraintsException limit) {
            return beyondLimits(limit, request);
        }
        if (status == 400) {
            return malformed(request, Messages.REQUEST_UNREADABLE.of());
        }
        return answer(request, ProblemCode.CONFLICT, Messages.REQUEST_REFUSED.of());
    }

    @ServerExceptionMapper
    public Response databaseDown(JDBCConnectionException e, ContainerRequestContext request) {
        return unavailable(e, request);
    }

    @ServerExceptionMapper
    public Response databaseBusy(SQLTransientConnectionException e, ContainerRequestContext request) {
        return unavailable(e, request);
    }

    /**
     * A unique constraint of the schema and the 409 it means: a check before the write could not see two requests
     * racing for the same department code or table year, so the constraint answers as the check would.
     */
    private record UniqueConstraint(String name, ProblemCode code, Text detail, Violation violation) {}

    private static final List<UniqueConstraint> UNIQUE_CONSTRAINTS = List.of(
            new UniqueConstraint(
                    "uq_budget_department_year",
                    ProblemCode.DUPLICATE_BUDGET,
                    Messages.TABLE_EXISTS_FOR_YEAR.of(),
                    Violation.body("fiscalYear", ViolationCode.DUPLICATE, Messages.TABLE_OF_YEAR_EXISTS.of())),
            new UniqueConstraint(
                    "uq_department_code",
                    ProblemCode.DUPLICATE_DEPARTMENT_CODE,
                    Messages.ANOTHER_DEPARTMENT_USES_CODE.of(),
                    Violation.body("code", ViolationCode.DUPLICATE, Messages.ALREADY_IN_USE.of())),
            new UniqueConstraint(
                    "uq_scoring_weight_set_version",
                    ProblemCode.CONFLICT,
                    Messages.WEIGHT_SET_VERSION_EXISTS.of(),
                    Violation.body("version", ViolationCode.DUPLICATE, Messages.ALREADY_EXISTS.of())));

    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, ContainerRequestContext request) {
        String constraint =
                e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(Locale.ROOT);
        for (UniqueConstraint known : UNIQUE_CONSTRAINTS) {
            if (constraint.contains(known.name())) {
                return answer(request, new ProblemException(known.code(), known.detail(), List.of(known.violation())));
            }
        }
        LOG.error("unexpected constraint violation", e);
        return internalError(request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return duplicate(violation, request); // raised at commit, wrapped by the transaction manager
            }
        }
        if (causedByConnectionLoss(e)) {
            return unavailable(e, request);
        }
        if (failedAtCommit(e)) {
            // The database went away between the last statement and the commit: nothing was acknowledged, and a
            // retry (with the same Idempotency-Key for a POST) is safe, exactly as for an outage at any other moment.
            LOG.error("transaction could not be committed", e);
            return unavailable(e, request);
        }
        LOG.error("unexpected failure", e);
        return internalError(request);
    }

    /**
     * Whether the database could not be reached or no connection could be had in time: a 503 with Retry-After, as
     * the request did nothing. The pool (Agroal) reports a wait beyond the acquisition timeout as a plain
     * {@link SQLException} without SQL state ("Sorry, acquisition timeout!", or "Acquisition timeout while waiting
     * for new connection"), so its message is what tells it apart.
     */
    static boolean causedByConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException
                    && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
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

    private static Response unavailable(Throwable e, ContainerRequestContext request) {
        LOG.warn("database unavailable: " + e.getMessage());
        return answer(
                request,
                new ProblemException(
                        ProblemCode.DATABASE_UNAVAILABLE,
                        Messages.DATABASE_UNAVAILABLE.of(),
                        List.of(),
                        Map.of("Retry-After", "5")));
    }

    private static Response internalError(ContainerRequestContext request) {
        return answer(request, ProblemCode.INTERNAL_ERROR, Messages.INTERNAL_ERROR.of());
    }

    /** A 400 naming the one field at fault, so a client can put the message beside it. */
    private static Response invalidBody(ContainerRequestContext request, Violation violation) {
        return answer(request, ProblemException.invalid(violation));
    }

    private static Response malformed(ContainerRequestContext request, Text detail) {
        return answer(request, ProblemCode.MALFORMED_REQUEST, detail);
    }

    private static Response answer(ContainerRequestContext request, ProblemCode code, Text detail) {
        return answer(request, new ProblemException(code, detail));
    }

    private static Response answer(ContainerRequestContext request, ProblemException problem) {
        return ProblemResponses.of(problem, request);
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }
}
