package org.budgetperf.shared.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.problem.RequestIdFilter;
import org.budgetperf.shared.security.Caller;
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

    /** A page of a table's history, newest first. */
    @Transactional
    public List<AuditRecord> ofBudget(UUID budgetId, int offset, int limit) {
        return page("budgetId", budgetId, offset, limit);
    }

    @Transactional
    public long countOfBudget(UUID budgetId) {
        return count("budgetId", budgetId);
    }

    /** A page of a department's history (the department itself and all its tables), newest first. */
    @Transactional
    public List<AuditRecord> ofDepartment(UUID departmentId, int offset, int limit) {
        return page("departmentId", departmentId, offset, limit);
    }

    @Transactional
    public long countOfDepartment(UUID departmentId) {
        return count("departmentId", departmentId);
    }

    /** {@code owner} is one of the two fixed owner columns above, never caller input. */
    private List<AuditRecord> page(String owner, UUID id, int offset, int limit) {
        return em.createQuery(
                        "SELECT r FROM AuditRecord r WHERE r." + owner + " = :id ORDER BY r.id DESC", AuditRecord.class)
                .setParameter("id", id)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    private long count(String owner, UUID id) {
        return em.createQuery("SELECT count(r) FROM AuditRecord r WHERE r." + owner + " = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
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
