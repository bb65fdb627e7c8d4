package org.budgetperf.budget.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.budgetperf.budget.TableRowInput;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.shared.money.AmountUnit;

/**
 * What a client may set on a task.
 *
 * @param kind KEY (年度重点工作任务) or OTHER (其他需完成的任务)
 * @param name 名称
 * @param content 主要实施内容 / 目标内容
 * @param plannedFunds 拟投入的资金, in {@code amountUnit}
 * @param amountUnit unit of {@code plannedFunds}; 元 when omitted
 * @param expectedOutcome 期望达到的目标(概述)
 * @param position sort key within its block; appended at the end when omitted
 */
public record TaskInput(
        @NotNull TaskKind kind,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 20_000) String content,
        BigDecimal plannedFunds,
        AmountUnit amountUnit,
        @Size(max = 20_000) String expectedOutcome,
        @PositiveOrZero @Max(1_000_000) Integer position)
        implements TableRowInput {}
