package org.budgetperf.shared.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.problem.RequestIdFilter;
import org.budgetperf.shared.security.Caller;
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
    ObjectMapper mapper;

    @Inject
    Caller caller;

    /** What changed and where it belongs: the table and department whose history shows it. */
    public record Subject(AuditRecord.EntityType type, UUID id, UUID budgetId, UUID departmentId) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Subject subject, AuditRecord.Operation operation, Object before, Object after) {
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
                        em,
                        request,
                        ListQuery.entities(AuditRecord.class, "audit_record"),
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
