package org.budgetperf.shared.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.budgetperf.shared.events.EventDraft;
import org.budgetperf.shared.events.EventLog;
import org.budgetperf.shared.events.PendingEvent;
import org.budgetperf.shared.problem.RequestIdFilter;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.shared.web.Cursor;
import org.budgetperf.shared.web.ListQuery;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.Timestamps;
import org.jboss.logging.MDC;

/**
 * Writes the audit trail. Called inside the transaction of the change it records, so a change and its
 * record are committed together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    DirectReads reads;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    EventLog events;

    /** What changed and where it belongs: the table and department whose history shows it. */
    public record Subject(AuditRecord.EntityType type, UUID id, UUID budgetId, UUID departmentId) {}

    /**
     * Records a change and appends its event to the change feed ({@link EventLog}), in the caller's transaction. A
     * whole block of a table replaced at once (its tasks, its indicators) is recorded with the table's id as the
     * subject's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Subject subject, AuditRecord.Operation operation, Object before, Object after) {
        record(subject, operation, before, after, Map.of());
    }

    /** {@link #record}, with facts of the change for its event beside the fields before and after. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PendingEvent record(
            Subject subject,
            AuditRecord.Operation operation,
            Object before,
            Object after,
            Map<String, Object> eventData) {
        AuditRecord r = new AuditRecord();
        r.publicId = UUID.randomUUID();
        r.entityType = subject.type();
        r.entityId = subject.id();
        r.budgetId = subject.budgetId();
        r.departmentId = subject.departmentId();
        r.operation = operation;
        r.actor = caller.subject();
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        r.requestId = requestId == null ? null : requestId.toString();
        r.occurredAt = Timestamps.now();
        r.beforeState = json(before);
        r.afterState = json(after);
        em.persist(r);
        EventDraft draft = draft(subject, operation, r, eventData);
        return events.append(operation == AuditRecord.Operation.DELETE ? events.withCurrentContext(draft) : draft);
    }

    /** The event of a recorded change: its type and links follow from what changed and how. */
    private EventDraft draft(
            Subject subject, AuditRecord.Operation operation, AuditRecord r, Map<String, Object> eventData) {
        boolean wholeBlock =
                (subject.type() == AuditRecord.EntityType.TASK || subject.type() == AuditRecord.EntityType.INDICATOR)
                        && subject.id().equals(subject.budgetId());
        String resource = subject.type().name().toLowerCase(Locale.ROOT);
        String happened = switch (operation) {
            case CREATE -> "created";
            case UPDATE -> wholeBlock ? "list-replaced" : "updated";
            case DELETE -> "deleted";
            case SUBMIT -> "submitted";
            case RETURN -> "returned";
            case APPROVE -> "approved";
            case ADJUST -> "adjusting";
        };
        String self = switch (subject.type()) {
            case DEPARTMENT -> "/api/v1/departments/" + subject.id();
            case BUDGET -> EventDraft.tableLink(subject.id());
            case TASK, INDICATOR ->
                EventDraft.tableLink(subject.budgetId()) + "/" + resource + "s"
                        + (wholeBlock ? "" : "/" + subject.id());
        };
        Map<String, Object> data = new LinkedHashMap<>(eventData);
        if (operation == AuditRecord.Operation.UPDATE && !wholeBlock) {
            data.put("changedFields", changedFields(r.beforeState, r.afterState));
        }
        return new EventDraft(
                resource + "." + happened,
                wholeBlock ? resource + "-list" : resource,
                subject.id().toString(),
                self,
                subject.budgetId(),
                subject.departmentId(),
                null,
                null,
                data);
    }

    /** The top-level fields whose values differ before and after, in the order the resource lists them. */
    private List<String> changedFields(String before, String after) {
        try {
            JsonNode was = before == null ? mapper.createObjectNode() : mapper.readTree(before);
            JsonNode is = after == null ? mapper.createObjectNode() : mapper.readTree(after);
            Set<String> names = new LinkedHashSet<>();
            is.fieldNames().forEachRemaining(names::add);
            was.fieldNames().forEachRemaining(names::add);
            List<String> changed = new ArrayList<>();
            for (String name : names) {
                if (!Objects.equals(was.get(name), is.get(name))) {
                    changed.add(name);
                }
            }
            return changed;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state is not JSON", e);
        }
    }

    /** Whose history a page shows: a table's (itself, its tasks and indicators), or a department's (itself and all its tables). */
    public enum Owner {
        BUDGET("budget_id"),
        DEPARTMENT("department_id");

        private final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    private static final ListQuery.SortField<AuditRecord> ID =
            new ListQuery.SortField<>("id", "r.id", Cursor.KeyType.LONG, r -> r.id);

    /**
     * A page of an owner's history, newest first, with its links: a range of the index on (owner, id) at any depth,
     * by {@code cursor} or by {@code page}.
     */
    @Transactional
    public Page<AuditEntry> history(Owner owner, UUID id, PageRequest request, UriInfo uri) {
        // The column comes from the enum, never from the caller.
        return ListQuery.<AuditRecord>of("history/" + owner.name() + "/" + id, "audit_record r")
                .where("r." + owner.column + " = :owner", "owner", id)
                .orderBy(List.of(new ListQuery.SortKey<>(ID, true)))
                .page(
                        reads,
                        request,
                        ListQuery.entities(em, AuditRecord.class, "audit_record"),
                        r -> AuditEntry.of(r, mapper),
                        uri);
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state cannot be written as JSON", e);
        }
    }
}
