package org.budgetperf.shared.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A history entry as the API returns it; {@code before}/{@code after} are the resource's fields.
 *
 * @param id the entry's id (a UUID, like every resource id of the API)
 * @param sequence deprecated (Sunset 2027-06-03): the internal sequence number that was the entry's id before,
 *     higher is newer; the history is still ordered by it
 */
public record AuditEntry(
        UUID id,
        long sequence,
        AuditRecord.EntityType entityType,
        UUID entityId,
        UUID budgetId,
        UUID departmentId,
        AuditRecord.Operation operation,
        String actor,
        String requestId,
        OffsetDateTime occurredAt,
        JsonNode before,
        JsonNode after) {

    public static AuditEntry of(AuditRecord r, ObjectMapper mapper) {
        return new AuditEntry(
                r.publicId,
                r.id,
                r.entityType,
                r.entityId,
                r.budgetId,
                r.departmentId,
                r.operation,
                r.actor,
                r.requestId,
                r.occurredAt,
                tree(mapper, r.beforeState),
                tree(mapper, r.afterState));
    }

    private static JsonNode tree(ObjectMapper mapper, String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored audit state is not JSON", e);
        }
    }
}
