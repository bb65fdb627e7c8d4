package org.budgetperf.budget;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A table in a list: enough to pick it, without its rows. */
public record BudgetSummary(
        UUID id,
        BudgetView.DepartmentRef department,
        int fiscalYear,
        Integer periodStartYear,
        Integer periodEndYear,
        BudgetStatus status,
        String frameworkCode,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
