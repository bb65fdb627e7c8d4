package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the monitoring lights (R-MON-1, R-MON-2), in percent.
 *
 * <p>Execution (R-MON-1): v &lt; red → RED, v &lt; yellow → YELLOW, else GREEN. Indicators (R-MON-2): an indicator
 * whose expected year-end value misses its target is YELLOW when it still earns at least {@code yellow} % of
 * its weight by R-SCO-3…5, RED below that.
 *
 * @param red default 60
 * @param yellow default 80; must be ≥ red
 */
public record MonitoringThresholds(BigDecimal red, BigDecimal yellow) {

    public MonitoringThresholds {
        Objects.requireNonNull(red, "red");
        Objects.requireNonNull(yellow, "yellow");
        Figures.requireReasonable(red, "red");
        Figures.requireReasonable(yellow, "yellow");
        if (red.signum() < 0 || yellow.compareTo(red) < 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 ≤ red ≤ yellow, got red "
                    + red.toPlainString() + ", yellow " + yellow.toPlainString());
        }
    }

    /** Red below 60, yellow below 80 (domain.md §4.3). */
    public static MonitoringThresholds defaults() {
        return new MonitoringThresholds(BigDecimal.valueOf(60), BigDecimal.valueOf(80));
    }
}
