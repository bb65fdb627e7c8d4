package org.budgetperf.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.indicator.Indicator;
import org.budgetperf.budget.task.BudgetTask;

/**
 * Reads the rows of tables. A whole table is read with one query per block (header with department,
 * tasks, indicators) whatever its size.
 */
@ApplicationScoped
public class BudgetRows {

    private final EntityManager em;

    public BudgetRows(EntityManager em) {
        this.em = em;
    }

    /** The budget with its department, or null. */
    public Budget findWithDepartment(UUID id) {
        List<Budget> found = em.createQuery(
                        "SELECT b FROM Budget b JOIN FETCH b.department WHERE b.id = :id", Budget.class)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Tasks in form order: key tasks first, then other tasks, each by position. */
    public List<BudgetTask> tasks(UUID budgetId) {
        return em.createQuery(
                        "SELECT t FROM BudgetTask t WHERE t.budgetId = :id ORDER BY t.kind, t.position, t.createdAt, t.id",
                        BudgetTask.class)
                .setParameter("id", budgetId)
                .getResultList();
    }

    public List<BudgetTask> tasks(UUID budgetId, int offset, int limit) {
        return em.createQuery(
                        "SELECT t FROM BudgetTask t WHERE t.budgetId = :id ORDER BY t.kind, t.position, t.createdAt, t.id",
                        BudgetTask.class)
                .setParameter("id", budgetId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countTasks(UUID budgetId) {
        return em.createQuery("SELECT count(t) FROM BudgetTask t WHERE t.budgetId = :id", Long.class)
                .setParameter("id", budgetId)
                .getSingleResult();
    }

    /** Indicators in form order. */
    public List<Indicator> indicators(UUID budgetId) {
        return em.createQuery(
                        "SELECT i FROM Indicator i WHERE i.budgetId = :id ORDER BY i.position, i.createdAt, i.id",
                        Indicator.class)
                .setParameter("id", budgetId)
                .getResultList();
    }

    public List<Indicator> indicators(UUID budgetId, int offset, int limit) {
        return em.createQuery(
                        "SELECT i FROM Indicator i WHERE i.budgetId = :id ORDER BY i.position, i.createdAt, i.id",
                        Indicator.class)
                .setParameter("id", budgetId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countIndicators(UUID budgetId) {
        return em.createQuery("SELECT count(i) FROM Indicator i WHERE i.budgetId = :id", Long.class)
                .setParameter("id", budgetId)
                .getSingleResult();
    }
}
