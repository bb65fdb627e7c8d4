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
import org.budgetperf.budget.indicator.domain.ValueBasis;

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
 * @param valueBasis 指标值确定依据 (计划标准, 行业标准, 历史标准, 预算支出标准); optional
 * @param valueBasisNote the basis in words; optional
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
        @PositiveOrZero @Max(1_000_000) Integer position,
        ValueBasis valueBasis,
        @Size(max = 2000) String valueBasisNote)
        implements TableRowInput {

    /** An indicator without a stated basis: what the form itself carries. */
    public IndicatorInput(
            String level1,
            String level2,
            String name,
            String periodValue,
            String annualValue,
            BigDecimal weight,
            UUID taskId,
            Integer taskIndex,
            Integer position) {
        this(level1, level2, name, periodValue, annualValue, weight, taskId, taskIndex, position, null, null);
    }
}
