package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;

/**
 * What a task has spent: to date in a monitoring report, for the whole year in a self-evaluation.
 *
 * @param taskIndex index into the table's task list
 * @param actualSpending 元, exact; null means not reported (blank is not zero)
 * @throws IllegalArgumentException when the amount has more than 30 integer digits or 20 decimals
 */
public record TaskActual(int taskIndex, BigDecimal actualSpending) {

    public TaskActual {
        Figures.requireReasonable(actualSpending, "actualSpending");
    }
}
