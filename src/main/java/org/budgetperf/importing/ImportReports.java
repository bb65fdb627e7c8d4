package org.budgetperf.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.budgetperf.department.Department;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.Timestamps;

/**
 * The reports of stored imports: written in the import's own transaction (no report without its table, no table
 * without its report) and read back as they were answered. Whoever may see the department may read its reports;
 * anyone else gets a 404, as for the table itself.
 */
@ApplicationScoped
public class ImportReports {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    void store(ImportReport report, Department department) {
        ImportReportRecord record = new ImportReportRecord();
        record.id = report.importId();
        record.budgetId = report.budgetId();
        record.departmentId = department.id;
        record.departmentCode = department.code;
        record.importedBy = caller.subject();
        record.importedAt = Timestamps.now();
        try {
            record.report = mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import report cannot be stored", e);
        }
        em.persist(record);
    }

    /** The report as JSON, exactly as the import answered it. */
    @Transactional
    public byte[] get(UUID id) {
        ImportReportRecord record = em.find(ImportReportRecord.class, id);
        if (record == null || !caller.sees(record.departmentCode)) {
            throw ProblemException.notFound(Messages.IMPORT, id);
        }
        return record.report.getBytes(StandardCharsets.UTF_8);
    }
}
