package org.budgetperf.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.budgetperf.shared.events.EventDraft;
import org.budgetperf.shared.events.EventLog;
import org.budgetperf.shared.events.EventTypes;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
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
    EventLog events;

    @Inject
    ImportReports reports;

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
                        Messages.UNKNOWN_FRAMEWORK.of(code),
                        List.of(Violation.query(
                                "frameworkCode",
                                ViolationCode.UNKNOWN_REFERENCE,
                                Messages.UNKNOWN_FRAMEWORK.of(code)))));
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
                    Messages.NO_FISCAL_YEAR.of(),
                    List.of(Violation.file("(2024年)", ViolationCode.REQUIRED, Messages.NO_YEAR_IN_TITLE.of())));
        }
        boolean[] created = {false};
        Department department = department(table, request, created);
        UUID replaced = replaceExisting(department, table.fiscalYear(), request.replace());
        Budget budget = budgets.create(BudgetRequests.create(table, department.id, framework.code()));
        ImportReport report = new ImportReport(
                request.dryRun() ? null : UUID.randomUUID(),
                request.dryRun(),
                request.format().name(),
                created[0],
                replaced,
                request.dryRun() ? null : budget.id,
                result.findings(),
                budgets.view(budget));
        if (!request.dryRun()) {
            reports.store(report, department);
        }
        // The table's creation is its own event (budget.created); this one tells how it came, and that the import
        // ended.
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", request.format().name());
        facts.put("departmentCreated", created[0]);
        facts.put("replacedBudgetId", replaced);
        facts.put("findings", result.findings().size());
        facts.put("importId", report.importId());
        events.append(new EventDraft(
                EventTypes.IMPORT_COMPLETED,
                "budget",
                budget.id.toString(),
                EventDraft.tableLink(budget.id),
                budget.id,
                department.id,
                department.code,
                budget.fiscalYear,
                facts));
        return report;
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
                        ViolationCode.UNKNOWN_REFERENCE,
                        Messages.NO_DEPARTMENT_WITH_CODE.of(request.departmentCode()));
            }
            if (!caller.hasRole(Roles.ADMIN)) {
                throw new ProblemException(
                        ProblemCode.FORBIDDEN,
                        Messages.CREATING_DEPARTMENT_NEEDS_ADMIN.of(),
                        List.of(Violation.query(
                                "createDepartment", ViolationCode.NOT_PERMITTED, Messages.NEEDS_ADMIN.of())));
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
                    byName.isEmpty() ? ViolationCode.UNKNOWN_REFERENCE : ViolationCode.AMBIGUOUS_REFERENCE,
                    (byName.isEmpty() ? Messages.NO_DEPARTMENT_NAMED : Messages.SEVERAL_DEPARTMENTS_NAMED)
                            .of(table.departmentName()));
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
                    (old.status == BudgetStatus.DRAFT
                                    ? Messages.REPLACEABLE_TABLE_EXISTS
                                    : Messages.TABLE_EXISTS_NOT_REPLACEABLE)
                            .of(department.code, old.status, year, old.id),
                    List.of(Violation.query(
                            "replace",
                            ViolationCode.DUPLICATE,
                            old.status == BudgetStatus.DRAFT
                                    ? Messages.SET_REPLACE.of()
                                    : Messages.EXISTING_TABLE_IS.of(old.status))));
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
            throw unknownDepartment(field, ViolationCode.UNKNOWN_REFERENCE, Messages.NO_SUCH_DEPARTMENT.of());
        }
        return d;
    }

    private static ProblemException unknownDepartment(String field, ViolationCode code, Text message) {
        return new ProblemException(
                ProblemCode.BUSINESS_RULE_VIOLATED, message, List.of(Violation.query(field, code, message)));
    }
}
