package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Settings of a reconciliation run.
 *
 * @param tolerance largest absolute difference in 元 still counted as equal (or, for the ceiling
 *     in R-BUD-3, as within the ceiling); 0.00 by default, i.e. exact to the 分 (domain.md §4)
 */
public record ReconciliationSettings(BigDecimal tolerance) {

    public ReconciliationSettings {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance.toPlainString());
        }
    }

    /** Exact to the 分: tolerance 0.00 元. */
    public static ReconciliationSettings defaults() {
        return new ReconciliationSettings(new BigDecimal("0.00"));
    }

    /** Whether {@code |difference| <= tolerance}. */
    boolean withinTolerance(BigDecimal difference) {
        return difference.abs().compareTo(tolerance) <= 0;
    }
}
