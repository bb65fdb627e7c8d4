package org.budgetperf.shared.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appended event. Its {@code seq} is known once the transaction that appended it has committed (it is assigned at
 * commit, see {@link EventOutbox}); before that, and if the transaction rolled back, it is 0.
 */
public final class PendingEvent {

    private final UUID id;
    private final OffsetDateTime occurredAt;
    private final EventDraft draft;
    private final String actor;
    private final String requestId;
    volatile long seq;

    PendingEvent(UUID id, OffsetDateTime occurredAt, EventDraft draft, String actor, String requestId) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.draft = draft;
        this.actor = actor;
        this.requestId = requestId;
    }

    public UUID id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    EventDraft draft() {
        return draft;
    }

    String requestId() {
        return requestId;
    }

    /** The event's place in the feed, once committed. */
    public long seq() {
        if (seq == 0) {
            throw new IllegalStateException("the event's transaction has not committed");
        }
        return seq;
    }
}
