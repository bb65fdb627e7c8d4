package org.budgetperf.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.indicator.IndicatorInput;
import org.budgetperf.budget.task.TaskInput;
import org.budgetperf.shared.money.AmountUnit;

/**
 * A whole new table in one request: header, amounts, goal, and optionally its tasks and indicators.
 * Indicators link to tasks of the same request by {@code taskIndex}.
 */
public record BudgetCreate(
        @NotNull UUID departmentId,
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @Min(2000) @Max(2100) Integer periodStartYear,
        @Min(2000) @Max(2100) Integer periodEndYear,
        @Size(max = 64) String frameworkCode,
        @PositiveOrZero @Max(10_000_000) Integer staffCount,
        @PositiveOrZero @Max(100_000) Integer subordinateUnitCount,
        AmountUnit amountUnit,
        BudgetAmounts amounts,
        @Size(max = 100_000) String overallGoal,
        @Size(max = 5_000) List<@NotNull @Valid TaskInput> tasks,
        @Size(max = 20_000) List<@NotNull @Valid IndicatorInput> indicators)
        implements BudgetHeaderInput {}
