package org.budgetperf.exporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;

/**
 * What to export: every filter is optional (no year: every year; no statuses: APPROVED; no departments: every
 * department the caller may see), the format is not.
 */
public record ExportRequest(
        @Min(2000) @Max(2100) Integer fiscalYear,
        @Size(max = 5) List<@NotNull BudgetStatus> statuses,
        @Size(max = 1000) List<@NotNull UUID> departmentIds,
        @Size(max = 1000) List<@NotNull @Size(min = 1, max = 64) String> departmentCodes,
        @NotNull ExportFormat format) {}
