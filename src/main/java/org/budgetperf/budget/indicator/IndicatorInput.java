package org.budgetperf.budget.indicator;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.budgetperf.budget.TableRowInput;

/**
 * What a client may set on an indicator. Target values are free text as on the form; the service
 * parses them on read.
 *
 * @param level1 一级指标
 * @param level2 二级指标
 * @param name 三级指标
 * @param periodValue 实施周期指标值 as written
 * @param annualValue 年度指标值 (指标值) as written
 * @param weight optional weight for the self-evaluation
 * @param taskId the task of the same budget this indicator measures
 * @param taskIndex only when creating a whole table: index into that request's {@code tasks}
 * @param position sort key; appended at the end when omitted
 */
public record IndicatorInput(
        @NotBlank @Size(max = 100) String level1,
        @NotBlank @Size(max = 100) String level2,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 2000) String periodValue,
        @Size(max = 2000) String annualValue,

        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 5, fraction = 4)
        BigDecimal weight,

        UUID taskId,
        @PositiveOrZero @Max(100_000) Integer taskIndex,
        @PositiveOrZero @Max(1_000_000) Integer position)
        implements TableRowInput {}
