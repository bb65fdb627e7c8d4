package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A task in a monitoring report: planned and spent funds, its execution light (R-MON-1 applied to the task's
 * planned funds) and the lights of the indicators linked to it ({@code IndicatorLine.taskIndex}), so a reviewer
 * sees which task is behind in money and which in results.
 *
 * @param taskIndex index into the table's task list
 * @param name the task's name
 * @param planned 拟投入的资金, 元; null when blank
 * @param spentToDate 元; null when not reported
 * @param executionRatePercent spent / planned × 100, rounded half-up to 2 decimals; null when not computable
 * @param execution the R-MON-1 light of the task
 * @param indicators the lights of the task's indicators, in table order
 */
public record TaskProgress(
        int taskIndex,
        String name,
        BigDecimal planned,
        BigDecimal spentToDate,
        BigDecimal executionRatePercent,
        ExecutionLight execution,
        List<IndicatorLight> indicators) {

    public TaskProgress {
        indicators = List.copyOf(indicators);
    }
}
