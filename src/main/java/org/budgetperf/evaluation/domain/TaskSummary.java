package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A task in a self-evaluation: planned and actual funds, execution rate, and the scores of the indicators that
 * measure it ({@code IndicatorLine.taskIndex}), so a reviewer sees which task carried which result.
 *
 * @param taskIndex index into the table's task list
 * @param name the task's name
 * @param planned 拟投入的资金, 元; null when blank
 * @param actual 元 actually spent; null when not reported
 * @param executionRatePercent actual / planned × 100, rounded half-up to 2 decimals; null when either is blank or
 *     planned is 0
 * @param indicators the lines of the task's indicators, in table order
 * @param weight Σ of their exact weights, rounded half-up to 2 decimals
 * @param score Σ of their exact scores, rounded half-up to 2 decimals
 */
public record TaskSummary(
        int taskIndex,
        String name,
        BigDecimal planned,
        BigDecimal actual,
        BigDecimal executionRatePercent,
        List<IndicatorScore> indicators,
        BigDecimal weight,
        BigDecimal score) {

    public TaskSummary {
        indicators = List.copyOf(indicators);
    }
}
