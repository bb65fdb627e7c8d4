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
        BUDGET("budgetId"),
        DEPARTMENT("departmentId");

        private final String attribute;

        Owner(String attribute) {
            this.attribute = attribute;
        }
    }

    /** A page of an owner's history, newest first, with its links. */
    @Transactional
    public Page<AuditEntry> history(Owner owner, UUID id, PageRequest request, UriInfo uri) {
        // The attribute comes from the enum, never from the caller.
        List<AuditRecord> records = em.createQuery(
                        "SELECT r FROM AuditRecord r WHERE r." + owner.attribute + " = :id ORDER BY r.id DESC",
                        AuditRecord.class)
                .setParameter("id", id)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery(
                        "SELECT count(r) FROM AuditRecord r WHERE r." + owner.attribute + " = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        return request.toPage(records, total, r -> AuditEntry.of(r, mapper), uri);
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
