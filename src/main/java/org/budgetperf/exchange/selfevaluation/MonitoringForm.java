package org.budgetperf.exchange.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.exchange.sheet.ImportFinding;

/**
 * A filled-in 绩效运行监控表 as read by {@link MonitoringFormReader}: what the form says, kept as written, with the
 * cells it came from, plus the import report.
 *
 * @param month 监控月份, null when blank or not a month
 * @param monthLocation the cell of the month
 * @param budget 全年预算数 in 元, null when blank
 * @param budgetLocation its cell
 * @param spentToDate 截至本月执行数 in 元, null when blank
 * @param spentLocation its cell
 * @param rows the indicator rows in form order
 * @param findings what the reader interpreted, with cell locations
 */
public record MonitoringForm(
        Integer month,
        String monthLocation,
        BigDecimal budget,
        String budgetLocation,
        BigDecimal spentToDate,
        String spentLocation,
        List<Row> rows,
        List<ImportFinding> findings) {

    /**
     * One indicator row as written; each {@code …At} is the cell of the value before it.
     *
     * @param location the cell of the name
     */
    public record Row(
            String name,
            String location,
            String target,
            String targetAt,
            String valueToDate,
            String valueToDateAt,
            String expectedYearEnd,
            String expectedYearEndAt,
            String cause,
            String causeAt,
            String measure,
            String measureAt) {}

    public MonitoringForm {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    /** The same form with another report (the reader adds what it noticed about the workbook as a whole). */
    MonitoringForm withFindings(List<ImportFinding> report) {
        return new MonitoringForm(
                month, monthLocation, budget, budgetLocation, spentToDate, spentLocation, rows, report);
    }
}
