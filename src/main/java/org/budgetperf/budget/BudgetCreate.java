package org.budgetperf.budget;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.indicator.IndicatorInput;
import org.budgetperf.budget.task.TaskInput;

/**
 * A whole new table in one request: header, amounts, goal, and optionally its tasks and indicators.
 * Indicators link to tasks of the same request by {@code taskIndex}.
 */
@JsonPropertyOrder("departmentId") // written out (to recognise a repeated request) in the contract's order
public final class BudgetCreate extends BudgetHeaderInput {

    @NotNull
    public UUID departmentId;

    @Size(max = 5_000)
    public List<@NotNull @Valid TaskInput> tasks;

    @Size(max = 20_000)
    public List<@NotNull @Valid IndicatorInput> indicators;

    /** A stored table has a fiscal year. A getter, so Bean Validation reports it as {@code fiscalYear}. */
    @NotNull
    Integer getFiscalYear() {
        return fiscalYear;
    }
}
