package org.budgetperf.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Replacement of a table's header, amounts and goal. The department is fixed once created; tasks and
 * indicators are changed through their own resources.
 */
public record BudgetUpdate(
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @Min(2000) @Max(2100) Integer periodStartYear,
        @Min(2000) @Max(2100) Integer periodEndYear,
        @Size(max = 64) String frameworkCode,
        @PositiveOrZero @Max(10_000_000) Integer staffCount,
        @PositiveOrZero @Max(100_000) Integer subordinateUnitCount,
        AmountUnit amountUnit,
        BudgetAmounts amounts,
        @Size(max = 100_000) String overallGoal)
        implements BudgetHeaderInput {

    /** The header of a stored table, amounts in 元: what the audit trail records before and after. */
    static BudgetUpdate of(Budget b) {
        return of(b, AmountUnit.YUAN);
    }

    /** The header with its amounts expressed in {@code unit}: the base a merge patch stating that unit applies to. */
    static BudgetUpdate of(Budget b, AmountUnit unit) {
        return new BudgetUpdate(
                b.fiscalYear,
                b.periodStartYear,
                b.periodEndYear,
                b.frameworkCode,
                b.staffCount,
                b.subordinateUnitCount,
                unit,
                TableAmounts.expressedIn(b.amounts(), unit),
                b.overallGoalHtml);
    }
}
