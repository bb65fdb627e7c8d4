package org.budgetperf.shared.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;

/**
 * The {@code cursor} of a keyset page: where the previous page ended (the sort key of its last row), how many items
 * came before, and a fingerprint of the list, filters and sort order it belongs to.
 *
 * <p>It is opaque and URL-safe (base64url of a small JSON document followed by 8 bytes of its SHA-256). The checksum
 * makes a damaged or hand-edited cursor a 400 rather than a silently different page; it is no secret and grants
 * nothing: a forged cursor can only choose where a page starts, every filter and the caller's visibility are applied
 * to every page again.
 */
public final class Cursor {

    /** The query parameter's name, used in every refusal. */
    public static final String PARAMETER = "cursor";

    /** Longer is no cursor of ours (a handful of sort keys encode in a few hundred characters). */
    static final int MAX_LENGTH = 2048;

    private static final int CHECKSUM_BYTES = 8;

    /** More items before a page than any list holds: a cursor saying so was not written by {@link #encode}. */
    private static final long MAX_OFFSET = 1_000_000_000_000L;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The types a sort key may have, each written into the cursor as JSON and read back as the same Java type. */
    public enum KeyType {
        INT,
        LONG,
        TIMESTAMP,
        UUID,
        TEXT
    }

    /**
     * A decoded cursor.
     *
     * @param keys the sort key values of the last row of the previous page, in the sort order's order
     * @param offset how many items came before the page the cursor starts
     */
    public record Position(List<Object> keys, long offset) {}

    private Cursor() {}

    /** The cursor of the page after a row with these key values. */
    static String encode(String fingerprint, List<Object> keys, long offset) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("v", 1);
        doc.put("f", fingerprint);
        ArrayNode k = doc.putArray("k");
        for (Object key : keys) {
            if (key instanceof Integer i) {
                k.add(i);
            } else if (key instanceof Long l) {
                k.add(l);
            } else {
                k.add(key.toString());
            }
        }
        doc.put("o", offset);
        byte[] payload = doc.toString().getBytes(StandardCharsets.UTF_8);
        byte[] token = Arrays.copyOf(payload, payload.length + CHECKSUM_BYTES);
        System.arraycopy(checksum(payload), 0, token, payload.length, CHECKSUM_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Reads a cursor of the list with this fingerprint and key types; anything else is a 400 naming {@code cursor}. */
    static Position decode(String token, String fingerprint, List<KeyType> types) {
        JsonNode doc = document(token);
        if (!fingerprint.equals(doc.path("f").asText())) {
            throw invalid("belongs to another list, filter or sort order; start again without a cursor, or send the"
                    + " filters and sort the cursor was issued for");
        }
        JsonNode k = doc.path("k");
        JsonNode o = doc.path("o");
        if (!k.isArray()
                || k.size() != types.size()
                || !o.canConvertToLong()
                || o.asLong() < 0
                || o.asLong() > MAX_OFFSET) {
            throw damaged();
        }
        List<Object> keys = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            keys.add(value(k.get(i), types.get(i)));
        }
        return new Position(List.copyOf(keys), o.asLong());
    }

    /** A short digest of a list's scope (its name, filters and sort order): what a cursor must be used with. */
    static String fingerprint(String scope) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Arrays.copyOf(sha256(scope.getBytes(StandardCharsets.UTF_8)), 12));
    }

    private static JsonNode document(String token) {
        if (token.length() > MAX_LENGTH) {
            throw damaged();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw damaged();
        }
        if (bytes.length <= CHECKSUM_BYTES) {
            throw damaged();
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - CHECKSUM_BYTES);
        byte[] sent = Arrays.copyOfRange(bytes, payload.length, bytes.length);
        if (!MessageDigest.isEqual(sent, Arrays.copyOf(checksum(payload), CHECKSUM_BYTES))) {
            throw damaged();
        }
        try {
            JsonNode doc = JSON.readTree(payload);
            if (doc == null || !doc.isObject() || doc.path("v").asInt() != 1) {
                throw damaged();
            }
            return doc;
        } catch (java.io.IOException e) {
            throw damaged();
        }
    }

    private static Object value(JsonNode node, KeyType type) {
        try {
            return switch (type) {
                case INT -> {
                    if (!node.isInt()) {
                        throw damaged();
                    }
                    yield node.intValue();
                }
                case LONG -> {
                    if (!node.canConvertToLong() || !node.isIntegralNumber()) {
                        throw damaged();
                    }
                    yield node.longValue();
                }
                case TIMESTAMP -> OffsetDateTime.parse(text(node));
                case UUID -> java.util.UUID.fromString(text(node));
                case TEXT -> text(node);
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw damaged();
        }
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw damaged();
        }
        return node.textValue();
    }

    private static byte[] checksum(byte[] payload) {
        byte[] prefix = "perf-targets cursor v1|".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(prefix, prefix.length + payload.length);
        System.arraycopy(payload, 0, all, prefix.length, payload.length);
        return sha256(all);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static ProblemException invalid(String message) {
        return new ProblemException(
                ProblemCode.VALIDATION_FAILED, PARAMETER + " " + message, List.of(Violation.query(PARAMETER, message)));
    }

    private static ProblemException damaged() {
        return invalid("is not a cursor this service issued (damaged, truncated or edited); use links.next as given");
    }
}
