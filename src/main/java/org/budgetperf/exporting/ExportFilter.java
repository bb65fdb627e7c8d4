package org.budgetperf.exporting;

import java.util.List;
import org.budgetperf.budget.BudgetStatus;

/**
 * The tables a job exports, as resolved when it was requested: the caller's scope is already applied, so the job
 * runs without the caller's token.
 *
 * @param fiscalYear null: every year
 * @param statuses never empty
 * @param departmentCodes null: every department; otherwise exactly these (an editor's own when none were named)
 */
public record ExportFilter(Integer fiscalYear, List<BudgetStatus> statuses, List<String> departmentCodes) {}
