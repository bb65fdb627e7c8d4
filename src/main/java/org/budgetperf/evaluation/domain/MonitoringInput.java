package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A monitoring report (绩效运行监控, 双监控) as the rules read it (domain.md §4.3).
 *
 * @param month the month reported on, 1–12 (6 = the half-year report)
 * @param budget 元, the amount execution is measured against (the approved or adjusted budget); null = blank
 * @param spentToDate 元 spent so far; null = blank (not zero)
 * @param indicators progress per indicator; every indicator of the table should have one
 * @param tasks spending to date per task; tasks without an entry show no execution
 * @throws IllegalArgumentException when the month is not 1–12, or an amount has more than 30 integer digits or 20
 *     decimals
 */
public record MonitoringInput(
        int month,
        BigDecimal budget,
        BigDecimal spentToDate,
        List<IndicatorProgress> indicators,
        List<TaskActual> tasks) {

    public MonitoringInput {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1–12, is " + month);
        }
        Figures.requireReasonable(budget, "budget");
        Figures.requireReasonable(spentToDate, "spentToDate");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** A report without task spending. */
    public MonitoringInput(int month, BigDecimal budget, BigDecimal spentToDate, List<IndicatorProgress> indicators) {
        this(month, budget, spentToDate, indicators, List.of());
    }
}
