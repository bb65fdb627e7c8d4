package org.budgetperf.evaluation.domain;

/**
 * The progress reported for one indicator in a monitoring report (R-MON-2).
 *
 * @param indicatorIndex index into the table's indicator list
 * @param valueToDate the value reached so far, as written (shown, not judged)
 * @param expectedYearEnd the value expected at year end: a number in the indicator's unit ({@code 36000},
 *     {@code 36000人}, {@code 92%}, or {@code 92} for a percentage target), or 达成 / 部分达成 / 未达成 for a
 *     qualitative indicator
 * @param cause why the indicator is behind; required when it is
 * @param measure what will be done about it; required when it is behind
 */
public record IndicatorProgress(
        int indicatorIndex, String valueToDate, String expectedYearEnd, String cause, String measure) {}
