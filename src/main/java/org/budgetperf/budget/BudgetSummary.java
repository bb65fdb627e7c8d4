package org.budgetperf.budget;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.domain.BudgetAmounts;

/**
 * A table in a list: enough to pick it and to sync its figures without reading it, without its rows, and what the
 * caller may do with it.
 *
 * @param amounts the eight amounts in 元, as in the whole table's document
 * @param totals the totals of the whole table's document (task funds summed by the list's one query)
 */
public record BudgetSummary(
        UUID id,
        BudgetView.DepartmentRef department,
        int fiscalYear,
        Integer periodStartYear,
        Integer periodEndYear,
        BudgetStatus status,
        String frameworkCode,
        BudgetAmounts amounts,
        BudgetView.Totals totals,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<TableAction> allowedActions) {}
