package org.budgetperf.budget;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A table in a list: enough to pick it, without its rows, and what the caller may do with it. */
public record BudgetSummary(
        UUID id,
        BudgetView.DepartmentRef department,
        int fiscalYear,
        Integer periodStartYear,
        Integer periodEndYear,
        BudgetStatus status,
        String frameworkCode,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<TableAction> allowedActions) {}
