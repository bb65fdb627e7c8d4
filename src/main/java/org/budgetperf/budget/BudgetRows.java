package org.budgetperf.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

/**
 * Reads the rows of tables. A whole table is read with one query per block (header with department,
 * tasks, indicators) whatever its size.
 */
@ApplicationScoped
public class BudgetRows {

    @Inject
    EntityManager em;

    /** The budget with its department, or null. */
    public Budget findWithDepartment(UUID id) {
        List<Budget> found = em.createQuery(
                        "SELECT b FROM Budget b JOIN FETCH b.department WHERE b.id = :id", Budget.class)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The whole block of a table in form order. */
    public <R extends TableRow> List<R> all(TableBlock<R> block, UUID budgetId) {
        return inFormOrder(block, budgetId).getResultList();
    }

    /** One page of a table's block in form order. */
    public <R extends TableRow> List<R> page(TableBlock<R> block, UUID budgetId, int offset, int limit) {
        return inFormOrder(block, budgetId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(TableBlock<?> block, UUID budgetId) {
        return em.createQuery("SELECT count(r) FROM " + block.entity() + " r WHERE r.budgetId = :id", Long.class)
                .setParameter("id", budgetId)
                .getSingleResult();
    }

    private <R extends TableRow> TypedQuery<R> inFormOrder(TableBlock<R> block, UUID budgetId) {
        return em.createQuery(
                        "SELECT r FROM " + block.entity() + " r WHERE r.budgetId = :id ORDER BY " + block.formOrder(),
                        block.rowType())
                .setParameter("id", budgetId);
    }
}
