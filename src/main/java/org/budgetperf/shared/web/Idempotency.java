package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Caller;

/**
 * Safe retries for POST: a request sent again with the same {@code Idempotency-Key} by the same caller
 * gets the first response back without a second effect. The same key with a different request is a
 * 422, and a duplicate arriving while the first is still running is a 409. Keys expire after
 * {@code perf.idempotency.ttl} (24 hours by default).
 *
 * <p>Only successful responses are remembered: a refused request leaves nothing, so the client can fix
 * it and send it again under the same key. A request whose process died mid-way frees its key after
 * {@link #ABANDONED_AFTER}.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final EntityManager em;
    private final ObjectMapper canonical;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final Duration ttl;

    @Inject
    DomainMetrics metrics;

    public Idempotency(EntityManager em, ObjectMapper mapper, Caller caller, IdempotencyConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.caller = caller;
        this.ttl = config.ttl();
    }

    /** What identifies a file body in {@link #run}: its SHA-256, so a large upload is not serialised to be hashed. */
    public static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code action} once per caller and key; {@code operation} and {@code request} identify the request. */
    public Response run(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(
                    ProblemCode.VALIDATION_FAILED,
                    Messages.IDEMPOTENCY_KEY_FORM.of(),
                    List.of(Violation.header(HEADER, ViolationCode.INVALID_FORMAT, Messages.VISIBLE_ASCII.of())));
        }
        String owner = caller.subject();
        String hash = hash(operation, request);
        Response replay = QuarkusTransaction.requiringNew().call(() -> begin(owner, key, hash));
        if (replay != null) {
            metrics.count("perf.idempotency.replays", "status", Integer.toString(replay.getStatus()));
            return replay;
        }
        try {
            Response response = action.get();
            QuarkusTransaction.requiringNew().run(() -> complete(owner, key, response));
            return response;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> forget(owner, key));
            throw e;
        }
    }

    private Response begin(String owner, String key, String hash) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE expires_at < now()")
                .executeUpdate();
        int inserted = em.createNativeQuery(
                        "INSERT INTO idempotency_record (caller, idempotency_key, request_hash, state,"
                                + " created_at, expires_at) VALUES (:caller, :key, :hash, 'IN_PROGRESS', now(), :expires) ON CONFLICT DO NOTHING")
                .setParameter("caller", owner)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("expires", OffsetDateTime.now().plus(ttl))
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        Object[] existing =
                (Object[]) em.createNativeQuery("SELECT request_hash, state, status_code, location, etag, body,"
                                + " created_at < now() - make_interval(secs => :abandoned), content_location"
                                + " FROM idempotency_record"
                                + " WHERE caller = :caller AND idempotency_key = :key FOR UPDATE")
                        .setParameter("caller", owner)
                        .setParameter("key", key)
                        .setParameter("abandoned", ABANDONED_AFTER.toSeconds())
                        .getSingleResult();
        if (!hash.equals(existing[0])) {
            throw new ProblemException(
                    ProblemCode.IDEMPOTENCY_KEY_REUSED,
                    Messages.IDEMPOTENCY_KEY_REUSED.of(key),
                    List.of(Violation.header(HEADER, ViolationCode.DUPLICATE, Messages.USED_FOR_ANOTHER_REQUEST.of())));
        }
        if ("IN_PROGRESS".equals(existing[1])) {
            if (Boolean.TRUE.equals(existing[6])) {
                em.createNativeQuery(
                                "UPDATE idempotency_record SET created_at = now() WHERE caller = :caller AND idempotency_key = :key")
                        .setParameter("caller", owner)
                        .setParameter("key", key)
                        .executeUpdate();
                return null;
            }
            throw new ProblemException(
                    ProblemCode.IDEMPOTENT_REQUEST_IN_PROGRESS,
                    Messages.IDEMPOTENT_REQUEST_IN_PROGRESS.of(key),
                    List.of(),
                    java.util.Map.of("Retry-After", "1"));
        }
        Response.ResponseBuilder replay =
                Response.status(((Number) existing[2]).intValue()).header("Idempotent-Replayed", "true");
        if (existing[3] != null) {
            replay.header(HttpHeaders.LOCATION, existing[3]);
        }
        if (existing[4] != null) {
            replay.header(HttpHeaders.ETAG, existing[4]);
        }
        if (existing[7] != null) {
            replay.header(HttpHeaders.CONTENT_LOCATION, existing[7]);
        }
        if (existing[5] != null) {
            replay.entity(existing[5]).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        return replay.build();
    }

    private void complete(String owner, String key, Response response) {
        em.createNativeQuery(
                        "UPDATE idempotency_record SET state = 'COMPLETED', status_code = :status, location = :location,"
                                + " etag = :etag, body = :body, content_location = :contentLocation"
                                + " WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getHeaderString(HttpHeaders.LOCATION))
                .setParameter("etag", response.getHeaderString(HttpHeaders.ETAG))
                .setParameter("body", body(response.getEntity()))
                .setParameter("contentLocation", response.getHeaderString(HttpHeaders.CONTENT_LOCATION))
                .setParameter("caller", owner)
                .setParameter("key", key)
                .executeUpdate();
    }

    private void forget(String owner, String key) {
        em.createNativeQuery(
                        "DELETE FROM idempotency_record WHERE caller = :caller AND idempotency_key = :key AND state = 'IN_PROGRESS'")
                .setParameter("caller", owner)
                .setParameter("key", key)
                .executeUpdate();
    }

    private String body(Object entity) {
        try {
            return entity == null
                    ? null
                    : entity instanceof byte[] bytes
                            ? new String(bytes, StandardCharsets.UTF_8)
                            : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be remembered", e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("request cannot be fingerprinted", e);
        }
    }
}
