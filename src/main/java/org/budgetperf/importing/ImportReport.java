package org.budgetperf.importing;

import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.BudgetView;
import org.budgetperf.exchange.sheet.ImportFinding;

/**
 * What an import did, or would do in a dry run: every normalisation and problem with its location in
 * the file, and the table as stored (or as it would be stored).
 *
 * @param importId where the report of a stored import can be read again ({@code /api/v1/budget-imports/{importId}});
 *     null in a dry run, which stores nothing
 * @param dryRun true when nothing was written
 * @param format XLSX or TSV
 * @param departmentCreated whether the department was (or would be) created by this import
 * @param replacedBudgetId the DRAFT table this import replaced, if any
 * @param budgetId the stored table, null in a dry run
 * @param findings every normalisation and problem, in file order
 * @param table the table as stored, or as it would be stored
 */
public record ImportReport(
        UUID importId,
        boolean dryRun,
        String format,
        boolean departmentCreated,
        UUID replacedBudgetId,
        UUID budgetId,
        List<ImportFinding> findings,
        BudgetView table) {}
