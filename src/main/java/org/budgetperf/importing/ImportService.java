package org.budgetperf.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetRequests;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.FrameworkCatalog;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.department.Department;
import org.budgetperf.department.DepartmentInput;
import org.budgetperf.department.DepartmentService;
import org.budgetperf.exchange.table.ImportResult;
import org.budgetperf.exchange.table.TabSeparatedTableReader;
import org.budgetperf.exchange.table.XlsxTableReader;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.security.Roles;

/**
 * Imports one table from its official layout. The file is read by the pure readers of
 * {@code org.budgetperf.exchange}; the table they produce is stored through the same service calls as
 * an API request, so an import obeys every rule the API does. A dry run performs the whole import in a
 * transaction that is rolled back: the report is exactly what a real import would produce.
 */
@ApplicationScoped
public class ImportService {

    /** The two accepted file formats. */
    public enum Format {
        XLSX,
        TSV
    }

    /**
     * One import request.
     *
     * @param departmentId the department the table belongs to, if the caller names it
     * @param departmentCode the department's code, when it is to be found or created by code
     * @param createDepartment create the department (code {@code departmentCode}, name from the file) if missing
     * @param replace replace an existing DRAFT table of the same department and year
     * @param frameworkCode the indicator framework to read and check against; the default when null
     */
    public record Request(
            byte[] file,
            Format format,
            UUID departmentId,
            String departmentCode,
            boolean createDepartment,
            boolean replace,
            boolean dryRun,
            String frameworkCode) {}

    @Inject
    EntityManager em;

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    DepartmentService departments;

    @Inject
    BudgetService budgets;

    @Inject
    Caller caller;

    @Inject
    DomainMetrics metrics;

    /** Imports, timed by format and outcome (a dry run apart: it stores nothing). */
    public ImportReport importTable(Request request) {
        return metrics.timed(
                "perf.imports",
                () -> read(request),
                "format",
                request.format().name(),
                "dry_run",
                Boolean.toString(request.dryRun()));
    }

    private ImportReport read(Request request) {
        String code = request.frameworkCode() == null ? FrameworkCatalog.DEFAULT_CODE : request.frameworkCode();
        IndicatorFramework framework = frameworks
                .find(code)
                .orElseThrow(() -> new ProblemException(
                        ProblemCode.VALIDATION_FAILED,
                        "unknown indicator framework " + code,
                        List.of(Violation.query(
                                "frameworkCode", "no such framework; see GET /api/v1/indicator-frameworks"))));
        ImportResult result = request.format() == Format.XLSX
                ? new XlsxTableReader().read(new ByteArrayInputStream(request.file()), framework)
                : new TabSeparatedTableReader().read(request.file(), framework);
        if (!request.dryRun()) {
            return QuarkusTransaction.requiringNew().call(() -> store(result, request, framework));
        }
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions());
        try {
            return store(result, request, framework);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private ImportReport store(ImportResult result, Request request, IndicatorFramework framework) {
        TargetTable table = result.table();
        if (table.fiscalYear() == null) {
            throw new ProblemException(
                    ProblemCode.BUSINESS_RULE_VIOLATED,
                    "the file states no fiscal year (年度)",
                    List.of(new Violation("(2024年)", "file", "no year found in the title")));
        }
        boolean[] created = {false};
        Department department = department(table, request, created);
        UUID replaced = replaceExisting(department, table.fiscalYear(), request.replace());
        Budget budget = budgets.create(BudgetRequests.create(table, department.id, framework.code()));
        return new ImportReport(
                request.dryRun(),
                request.format().name(),
                created[0],
                replaced,
                request.dryRun() ? null : budget.id,
                result.findings(),
                budgets.view(budget));
    }

    private Department department(TargetTable table, Request request, boolean[] created) {
        if (request.departmentId() != null) {
            return existing(visible(em.find(Department.class, request.departmentId())), "departmentId");
        }
        if (request.departmentCode() != null) {
            List<Department> byCode = em.createQuery("SELECT d FROM Department d WHERE d.code = :c", Department.class)
                    .setParameter("c", request.departmentCode())
                    .getResultStream()
                    .filter(d -> caller.sees(d.code))
                    .toList();
            if (!byCode.isEmpty()) {
                return byCode.get(0);
            }
            if (!request.createDepartment()) {
                throw unknownDepartment(
                        "departmentCode",
                        "no department with code " + request.departmentCode()
                                + "; add createDepartment=true to create it");
            }
            if (!caller.hasRole(Roles.ADMIN)) {
                throw new ProblemException(
                        ProblemCode.FORBIDDEN,
                        "creating a department needs the admin role",
                        List.of(Violation.query("createDepartment", "needs the admin role")));
            }
            created[0] = true;
            return departments.create(new DepartmentInput(
                    request.departmentCode(),
                    table.departmentName(),
                    table.staffCount(),
                    table.subordinateUnitCount()));
        }
        List<Department> byName = em.createQuery("SELECT d FROM Department d WHERE d.name = :n", Department.class)
                .setParameter("n", table.departmentName())
                .getResultStream()
                .filter(d -> caller.sees(d.code))
                .toList();
        if (byName.size() != 1) {
            throw unknownDepartment(
                    "departmentCode",
                    (byName.isEmpty() ? "no department is named " : "several departments are named ")
                            + table.departmentName() + "; name it with departmentId or departmentCode");
        }
        return byName.get(0);
    }

    private UUID replaceExisting(Department department, int year, boolean replace) {
        List<Budget> existing = em.createQuery(
                        "SELECT b FROM Budget b WHERE b.department.id = :d AND b.fiscalYear = :y", Budget.class)
                .setParameter("d", department.id)
                .setParameter("y", year)
                .getResultList();
        if (existing.isEmpty()) {
            return null;
        }
        Budget old = existing.get(0);
        if (!replace || old.status != BudgetStatus.DRAFT) {
            throw new ProblemException(
                    ProblemCode.DUPLICATE_BUDGET,
                    department.code + " already has a " + old.status
                            + " table for " + year + ": /api/v1/budgets/" + old.id
                            + (old.status == BudgetStatus.DRAFT
                                    ? "; add replace=true to replace it"
                                    : "; only a DRAFT can be replaced"),
                    List.of(Violation.query(
                            "replace",
                            old.status == BudgetStatus.DRAFT
                                    ? "set to true to replace the DRAFT"
                                    : "the existing table is " + old.status)));
        }
        // The importer asked to replace the DRAFT whatever it holds now: no version to compare with.
        budgets.delete(old.id, "*");
        em.flush();
        return old.id;
    }

    /**
     * The department if the caller may see it, else null: a department out of scope is answered exactly as one
     * that does not exist, so an import reveals nothing of it (not even whether it has a table for the year).
     */
    private Department visible(Department d) {
        return d != null && caller.sees(d.code) ? d : null;
    }

    private static Department existing(Department d, String field) {
        if (d == null) {
            throw unknownDepartment(field, "no such department");
        }
        return d;
    }

    private static ProblemException unknownDepartment(String field, String message) {
        return new ProblemException(
                ProblemCode.BUSINESS_RULE_VIOLATED, message, List.of(Violation.query(field, message)));
    }
}
