package org.budgetperf.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.PageRequest;

/** The list of tables the caller may see, each with what the caller may do with it. */
@ApplicationScoped
public class BudgetList {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    TableActions actions;

    /** Filters of the budget list; null means "any". */
    public record Filter(UUID departmentId, Integer fiscalYear, BudgetStatus status) {}

    /** A listed table as the query reads it, with the state its allowed actions depend on. */
    public record Listed(
            UUID id,
            UUID departmentId,
            String departmentCode,
            String departmentName,
            int fiscalYear,
            Integer periodStartYear,
            Integer periodEndYear,
            BudgetStatus status,
            String frameworkCode,
            int approvedRevision,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    @Transactional
    public List<BudgetSummary> list(Filter filter, PageRequest page) {
        return listQuery(filter, false, Listed.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(this::summary)
                .toList();
    }

    @Transactional
    public long count(Filter filter) {
        return listQuery(filter, true, Long.class).getSingleResult();
    }

    private BudgetSummary summary(Listed l) {
        return new BudgetSummary(
                l.id(),
                new BudgetView.DepartmentRef(l.departmentId(), l.departmentCode(), l.departmentName()),
                l.fiscalYear(),
                l.periodStartYear(),
                l.periodEndYear(),
                l.status(),
                l.frameworkCode(),
                l.createdAt(),
                l.updatedAt(),
                actions.allowed(new TableActions.State(l.departmentCode(), l.status(), l.approvedRevision())));
    }

    private <T> TypedQuery<T> listQuery(Filter f, boolean count, Class<T> type) {
        // A list reads straight into records: no entities to hydrate or track.
        StringBuilder jpql = new StringBuilder(
                count
                        ? "SELECT count(b) FROM Budget b WHERE 1 = 1"
                        : "SELECT new org.budgetperf.budget.BudgetList$Listed(b.id, d.id, d.code, d.name,"
                                + " b.fiscalYear, b.periodStartYear, b.periodEndYear, b.status, b.frameworkCode,"
                                + " b.approvedRevision, b.createdAt, b.updatedAt)"
                                + " FROM Budget b JOIN b.department d WHERE 1 = 1");
        if (f.departmentId() != null) {
            jpql.append(" AND b.department.id = :department");
        }
        if (!caller.readsAllTables()) {
            // Department editors see their own departments' tables only.
            jpql.append(" AND b.department.code IN :visible");
        }
        if (f.fiscalYear() != null) {
            jpql.append(" AND b.fiscalYear = :year");
        }
        if (f.status() != null) {
            jpql.append(" AND b.status = :status");
        }
        if (!count) {
            // Stable order: newest fiscal year first, then creation order; the id breaks exact ties.
            jpql.append(" ORDER BY b.fiscalYear DESC, b.createdAt, b.id");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        if (f.departmentId() != null) {
            q.setParameter("department", f.departmentId());
        }
        if (!caller.readsAllTables()) {
            q.setParameter("visible", caller.editedDepartmentsForQuery());
        }
        if (f.fiscalYear() != null) {
            q.setParameter("year", f.fiscalYear());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        return q;
    }
}
