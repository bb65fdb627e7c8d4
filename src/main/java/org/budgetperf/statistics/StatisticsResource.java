package org.budgetperf.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetperf.shared.csv.CsvWriter;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ContentDisposition;
import org.budgetperf.shared.web.QueryParams;
import org.budgetperf.statistics.YearStatistics.DepartmentFigures;

/** {@code /api/v1/statistics}: the bureau's figures of a fiscal year, as JSON or as CSV at its own URL. */
@Path("/api/v1/statistics")
@RolesAllowed({Roles.READER, Roles.DEPARTMENT_EDITOR, Roles.FINANCE_REVIEWER, Roles.ADMIN})
public class StatisticsResource {

    static final String CSV = "text/csv";

    /** The CSV's columns, one row per department; the figures of the JSON answer. */
    static final List<String> COLUMNS = List.of(
            "department_code",
            "department_name",
            "table_id",
            "status",
            "approved_revision",
            "reconciliation_outcome",
            "reconciliation_current",
            "review_errors",
            "review_warnings",
            "review_findings_by_rule",
            "key_tasks",
            "key_tasks_with_indicators",
            "key_task_coverage",
            "self_evaluation_total",
            "self_evaluation_grade");

    @Inject
    StatisticsService statistics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public YearStatistics get(@QueryParam("fiscalYear") String fiscalYear) {
        return statistics.of(year(fiscalYear));
    }

    @GET
    @Path("export")
    @Produces(CSV)
    public Response export(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("format") String format)
            throws IOException {
        if (format != null && !format.equals("csv")) {
            throw new ProblemException(
                    ProblemCode.VALIDATION_FAILED,
                    "format must be csv",
                    List.of(Violation.query("format", "must be csv")));
        }
        YearStatistics year = statistics.of(year(fiscalYear));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(writer);
            csv.row(COLUMNS);
            for (DepartmentFigures d : year.departments()) {
                csv.row(row(d));
            }
        }
        String name = "perf-targets-statistics-" + year.fiscalYear() + ".csv";
        return Response.ok(bytes.toByteArray(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(name, name))
                .build();
    }

    private static List<Object> row(DepartmentFigures d) {
        return Arrays.asList(
                d.departmentCode(),
                d.departmentName(),
                d.tableId(),
                d.status(),
                d.approvedRevision(),
                d.reconciliation() == null ? null : d.reconciliation().outcome(),
                d.reconciliation() == null ? null : d.reconciliation().current(),
                d.review() == null ? null : d.review().errors(),
                d.review() == null ? null : d.review().warnings(),
                d.review() == null ? null : byRule(d.review().findingsByRule()),
                d.keyTasks().count(),
                d.keyTasks().withIndicators(),
                d.keyTasks().coverage(),
                d.selfEvaluation() == null ? null : d.selfEvaluation().total(),
                d.selfEvaluation() == null ? null : d.selfEvaluation().grade());
    }

    /** {@code R-REV-1:2;R-VAL-3:1}: one cell a spreadsheet can split. */
    private static String byRule(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static int year(String fiscalYear) {
        Integer year = QueryParams.integer("fiscalYear", fiscalYear, 2000, 2100);
        if (year == null) {
            throw new ProblemException(
                    ProblemCode.VALIDATION_FAILED,
                    "fiscalYear is required",
                    List.of(Violation.query("fiscalYear", "required: the fiscal year to count")));
        }
        return year;
    }
}
