package org.budgetperf.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.money.AmountUnit;

/** What the department sends for monitoring (双监控) and for its year-end self-evaluation (绩效自评). */
public final class EvaluationInputs {

    private EvaluationInputs() {}

    /**
     * A monitoring report for one month.
     *
     * @param budget the amount execution is measured against, in {@code amountUnit}; the table's income when omitted
     * @param spentToDate spending to the end of the month
     */
    public record MonitoringReport(
            @NotNull @Min(1) @Max(12) Integer month,
            BigDecimal budget,
            @NotNull BigDecimal spentToDate,
            AmountUnit amountUnit,
            @Size(max = 20_000) List<@NotNull @Valid IndicatorProgress> indicators,
            @Size(max = 5_000) List<@NotNull @Valid TaskSpending> tasks) {}

    /** Progress of one indicator; a cause and a measure are required when it is behind. */
    public record IndicatorProgress(
            @NotNull UUID indicatorId,
            @Size(max = 200) String valueToDate,
            @Size(max = 200) String expectedYearEnd,
            @Size(max = 2_000) String cause,
            @Size(max = 2_000) String measure) {}

    /** Spending on one task, in the request's {@code amountUnit}. */
    public record TaskSpending(@NotNull UUID taskId, BigDecimal actualSpending) {}

    /**
     * A year-end self-evaluation.
     *
     * @param adjustedBudget the budget after adjustments (调整后预算数), in {@code amountUnit}
     * @param spent actual spending (执行数)
     * @param executionShortfallReason required when execution is below 90 %
     * @param weightSet the scoring weight set, {@code code} (newest version) or {@code code@version}; when absent the
     *     default of the table's indicator framework ({@link ScoringConfig})
     */
    public record SelfEvaluation(
            @NotNull BigDecimal adjustedBudget,
            @NotNull BigDecimal spent,
            AmountUnit amountUnit,
            @Size(max = 2_000) String executionShortfallReason,
            @Size(max = 20_000) List<@NotNull @Valid IndicatorActual> actuals,
            @Size(max = 5_000) List<@NotNull @Valid TaskSpending> tasks,

            // The message names its text in the message catalogue (shared.problem.Messages).
            @Pattern(regexp = WEIGHT_SET_REFERENCE, message = "WEIGHT_SET_REFERENCE")
            String weightSet) {}

    /** {@code code} or {@code code@version} of a scoring weight set. */
    public static final String WEIGHT_SET_REFERENCE = "[a-z0-9][a-z0-9-]{0,63}(@[0-9A-Za-z][0-9A-Za-z.-]{0,31})?";

    /**
     * The actual value of one indicator: a number in the indicator's unit, or 达成 / 部分达成 / 未达成 with the
     * evaluator's score in percent of the weight, inside the band the result allows.
     */
    public record IndicatorActual(
            @NotNull UUID indicatorId,
            @Size(max = 200) String actual,

            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal qualitativeScorePercent,

            @Size(max = 2_000) String deviationExplanation) {}
}
