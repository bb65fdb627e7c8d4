package org.budgetperf.exporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.department.Department;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.Timestamps;

/**
 * Requests bulk exports and answers for them. The caller's scope is resolved here, once: the finance bureau,
 * administrators and readers export any department; a department editor exports only its own, and naming another
 * department (by code or id, known or not) is a 403 rather than a silently smaller file. A job is its requester's:
 * anyone else is answered 404.
 */
@ApplicationScoped
public class ExportService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    ExportConfig config;

    /** Stores the job as QUEUED; the caller hands it to the runner once this transaction has committed. */
    @Transactional
    public ExportJobView request(ExportRequest request) {
        if (request == null) {
            throw ProblemException.invalid("", ViolationCode.REQUIRED, Messages.EXPORT_BODY_REQUIRED.of());
        }
        InputValidator.failIfAny(validator.check(request));
        boolean datapackage = request.format() == ExportFormat.DATAPACKAGE_ZIP;
        if (datapackage) {
            InputValidator.failIfAny(wholeYear(request));
        }
        long active = em.createQuery(
                        "SELECT count(j) FROM ExportJob j WHERE j.requestedBy = :me AND j.state IN :unfinished",
                        Long.class)
                .setParameter("me", caller.subject())
                .setParameter("unfinished", List.of(ExportJob.State.QUEUED, ExportJob.State.RUNNING))
                .getSingleResult();
        if (active >= config.maxActivePerCaller()) {
            throw new ProblemException(
                    ProblemCode.TOO_MANY_REQUESTS,
                    Messages.EXPORTS_ACTIVE.of(active),
                    List.of(),
                    java.util.Map.of("Retry-After", "10"));
        }
        List<BudgetStatus> statuses =
                request.statuses() == null || request.statuses().isEmpty()
                        ? List.of(BudgetStatus.APPROVED)
                        : List.copyOf(new TreeSet<>(request.statuses()));
        // The data package discloses every approved table of the year to every role (approved tables are public
        // records), so no department scope applies to it.
        ExportFilter filter = new ExportFilter(request.fiscalYear(), statuses, datapackage ? null : scope(request));
        ExportJob job = new ExportJob();
        job.id = UUID.randomUUID();
        job.requestedBy = caller.subject();
        job.format = request.format();
        job.filter = json(filter);
        job.state = ExportJob.State.QUEUED;
        job.createdAt = Timestamps.now();
        em.persist(job);
        em.flush();
        return ExportJobView.of(job, filter);
    }

    @Transactional
    public ExportJobView get(UUID id) {
        ExportJob job = own(id);
        return ExportJobView.of(job, filterOf(job));
    }

    /** A finished job's file; 409 while it is not SUCCEEDED, 404 once expired. */
    @Transactional
    public Download file(UUID id) {
        ExportJob job = own(id);
        if (job.state == ExportJob.State.EXPIRED) {
            throw new ProblemException(ProblemCode.NOT_FOUND, Messages.EXPORT_EXPIRED.of(id, job.expiresAt));
        }
        if (job.state != ExportJob.State.SUCCEEDED) {
            throw new ProblemException(ProblemCode.CONFLICT, Messages.EXPORT_NOT_READY.of(id, job.state));
        }
        Path file = fileOf(config.directory(), job);
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(ProblemCode.NOT_FOUND, Messages.EXPORT_FILE_GONE.of(id));
        }
        return new Download(job, filterOf(job), file);
    }

    /** A finished file and the job it belongs to. */
    public record Download(ExportJob job, ExportFilter filter, Path path) {}

    static Path fileOf(Path directory, ExportJob job) {
        return directory.resolve(job.id + "." + job.format.extension);
    }

    ExportFilter filterOf(ExportJob job) {
        try {
            return mapper.readValue(job.filter, ExportFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored export filter cannot be read", e);
        }
    }

    private ExportJob own(UUID id) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null || !job.requestedBy.equals(caller.subject())) {
            throw ProblemException.notFound(Messages.EXPORT, id);
        }
        return job;
    }

    /**
     * The open-data package is of one whole year: the year is required, and a department or a status other than
     * APPROVED is refused rather than ignored (the file would not be what was asked for).
     */
    private static List<Violation> wholeYear(ExportRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.fiscalYear() == null) {
            violations.add(Violation.body("fiscalYear", ViolationCode.REQUIRED, Messages.DATAPACKAGE_NEEDS_YEAR.of()));
        }
        if (request.statuses() != null && request.statuses().stream().anyMatch(s -> s != BudgetStatus.APPROVED)) {
            violations.add(
                    Violation.body("statuses", ViolationCode.NOT_APPLICABLE, Messages.DATAPACKAGE_WHOLE_YEAR.of()));
        }
        for (String field : List.of("departmentIds", "departmentCodes")) {
            List<?> named = field.equals("departmentIds") ? request.departmentIds() : request.departmentCodes();
            if (named != null && !named.isEmpty()) {
                violations.add(
                        Violation.body(field, ViolationCode.NOT_APPLICABLE, Messages.DATAPACKAGE_WHOLE_YEAR.of()));
            }
        }
        return violations;
    }

    /** The department codes to export, or null for every department. */
    private List<String> scope(ExportRequest request) {
        boolean all = caller.readsAllTables();
        Set<String> codes = new TreeSet<>();
        List<Violation> outside = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        List<String> named = request.departmentCodes() == null ? List.of() : request.departmentCodes();
        for (int i = 0; i < named.size(); i++) {
            String code = named.get(i);
            String field = "departmentCodes[" + i + "]";
            if (!all && !caller.edits(code)) {
                outside.add(Violation.body(field, ViolationCode.NOT_PERMITTED, Messages.NOT_YOUR_DEPARTMENT.of()));
            } else if (all && departmentByCode(code) == null) {
                unknown.add(Violation.body(field, ViolationCode.UNKNOWN_REFERENCE, Messages.NO_DEPARTMENT_CODE.of()));
            } else {
                codes.add(code);
            }
        }
        List<UUID> ids = request.departmentIds() == null ? List.of() : request.departmentIds();
        for (int i = 0; i < ids.size(); i++) {
            Department d = em.find(Department.class, ids.get(i));
            String field = "departmentIds[" + i + "]";
            // An editor learns nothing about other departments: unknown and foreign ids are refused alike.
            if (!all && (d == null || !caller.edits(d.code))) {
                outside.add(Violation.body(field, ViolationCode.NOT_PERMITTED, Messages.NOT_YOUR_DEPARTMENT.of()));
            } else if (d == null) {
                unknown.add(Violation.body(field, ViolationCode.UNKNOWN_REFERENCE, Messages.NO_SUCH_DEPARTMENT.of()));
            } else {
                codes.add(d.code);
            }
        }
        if (!outside.isEmpty()) {
            throw new ProblemException(ProblemCode.FORBIDDEN, Messages.EDITOR_EXPORTS_OWN.of(), outside);
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemCode.BUSINESS_RULE_VIOLATED, Messages.UNKNOWN_DEPARTMENTS.of(), unknown);
        }
        if (!codes.isEmpty()) {
            return List.copyOf(codes);
        }
        return all ? null : List.copyOf(new TreeSet<>(caller.editedDepartmentsForQuery()));
    }

    private Department departmentByCode(String code) {
        return em.createQuery("SELECT d FROM Department d WHERE d.code = :c", Department.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private String json(ExportFilter filter) {
        try {
            return mapper.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export filter cannot be stored", e);
        }
    }
}
