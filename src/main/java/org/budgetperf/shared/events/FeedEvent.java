package org.budgetperf.shared.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event of the change feed as the API (and a webhook delivery's {@code data}) shows it.
 *
 * @param id the event's id, unique for ever (a webhook delivery's {@code webhook-id})
 * @param seq its place in the feed: later events have higher numbers, without gaps
 * @param type {@code <resource>.<what happened>}, an open list ({@link EventTypes})
 * @param occurredAt when the change was made
 * @param actor the token subject of who made it
 * @param resource what changed
 * @param budgetId the table it concerns, null for a department or a weight set
 * @param tableVersion the table's ETag once the change was committed; null when the table no longer exists or none
 * @param links the changed resource's URL and its table's
 * @param data a few facts of the change, by type
 */
public record FeedEvent(
        UUID id,
        long seq,
        String type,
        OffsetDateTime occurredAt,
        String actor,
        Resource resource,
        UUID departmentId,
        String departmentCode,
        Integer fiscalYear,
        UUID budgetId,
        String tableVersion,
        Links links,
        JsonNode data) {

    /** The changed resource's kind and id. */
    public record Resource(String type, String id) {}

    /** Paths relative to the server root; {@code table} is null for what belongs to no table. */
    public record Links(String self, String table) {}
}
