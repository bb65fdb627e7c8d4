package org.budgetperf.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.shared.web.Cursor;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.ListQuery;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/** Departments: the owners of budget tables. */
@ApplicationScoped
public class DepartmentService {

    @Inject
    EntityManager em;

    @Inject
    DirectReads reads;

    @Inject
    InputValidator validator;

    @Inject
    AuditTrail audit;

    private static final ListQuery.SortField<Department> CODE =
            new ListQuery.SortField<>("code", "d.code", Cursor.KeyType.TEXT, d -> d.code);
    private static final ListQuery.SortField<Department> ID =
            new ListQuery.SortField<>("id", "d.id", Cursor.KeyType.UUID, d -> d.id);

    /**
     * A page of departments ordered by code, optionally filtered by exact code or name fragment (case-insensitive,
     * the caller's LIKE wildcards taken literally).
     */
    @Transactional
    public <T> Page<T> page(
            String code, String nameContains, PageRequest request, Function<Department, T> view, UriInfo uri) {
        return ListQuery.<Department>of("departments", "department d")
                .filter("code", code, "d.code = :code")
                .filter(
                        "name",
                        nameContains,
                        "lower(d.name) LIKE :name ESCAPE '\\'",
                        nameContains == null ? null : ListQuery.containsPattern(nameContains))
                .orderBy(List.of(new ListQuery.SortKey<>(CODE, false), new ListQuery.SortKey<>(ID, false)))
                .page(reads, request, ListQuery.entities(em, Department.class, "department"), view, uri);
    }

    /** The department with this code, if any. */
    @Transactional
    public java.util.Optional<Department> byCode(String code) {
        return em.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public Department get(UUID id) {
        Department d = em.find(Department.class, id);
        if (d == null) {
            throw ProblemException.notFound(Messages.DEPARTMENT, id);
        }
        return d;
    }

    @Transactional
    public Department create(DepartmentInput input) {
        return save(new Department(), input);
    }

    @Transactional
    public Department replace(UUID id, String ifMatch, DepartmentInput input) {
        Department d = get(id);
        ETags.require(ifMatch, d.version);
        return save(d, input);
    }

    /** Writes a new ({@code d} without id) or changed department and records the change in the audit trail. */
    private Department save(Department d, DepartmentInput input) {
        InputValidator.failIfAny(validator.check(input));
        ensureCodeFree(input.code(), d.id);
        boolean created = d.id == null;
        DepartmentInput before = created ? null : DepartmentView.of(d).toInput();
        apply(d, input);
        if (created) {
            em.persist(d);
        }
        em.flush();
        audit.record(
                subjectOf(d),
                created ? AuditRecord.Operation.CREATE : AuditRecord.Operation.UPDATE,
                before,
                DepartmentView.of(d).toInput());
        return d;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Department d = get(id);
        ETags.require(ifMatch, d.version);
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        Long budgets = em.createQuery("SELECT count(b) FROM Budget b WHERE b.department.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (budgets > 0) {
            throw new ProblemException(
                    ProblemCode.DEPARTMENT_HAS_BUDGETS, Messages.DEPARTMENT_HAS_BUDGETS.of(d.code, budgets));
        }
        audit.record(
                subjectOf(d), AuditRecord.Operation.DELETE, DepartmentView.of(d).toInput(), null);
        em.remove(d);
        em.flush();
    }

    private static AuditTrail.Subject subjectOf(Department d) {
        return new AuditTrail.Subject(AuditRecord.EntityType.DEPARTMENT, d.id, null, d.id);
    }

    private void ensureCodeFree(String code, UUID self) {
        List<UUID> holders = em.createQuery("SELECT d.id FROM Department d WHERE d.code = :code", UUID.class)
                .setParameter("code", code)
                .getResultList();
        if (holders.stream().anyMatch(h -> !h.equals(self))) {
            throw new ProblemException(
                    ProblemCode.DUPLICATE_DEPARTMENT_CODE,
                    Messages.DEPARTMENT_CODE_USED.of(code),
                    List.of(Violation.body("code", ViolationCode.DUPLICATE, Messages.USED_BY_ANOTHER_DEPARTMENT.of())));
        }
    }

    private static void apply(Department d, DepartmentInput input) {
        d.code = input.code();
        d.name = input.name().trim();
        d.staffCount = input.staffCount();
        d.subordinateUnitCount = input.subordinateUnitCount();
    }
}
