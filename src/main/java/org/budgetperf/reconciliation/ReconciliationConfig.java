package org.budgetperf.reconciliation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** {@code perf.reconciliation.*}: the money tolerance in 元 of the reconciliation equalities ({@code PERF_RECONCILIATION_TOLERANCE}). */
@ConfigMapping(prefix = "perf.reconciliation")
public interface ReconciliationConfig {

    /** Exact to the 分 unless configured. */
    @WithDefault("0.00")
    BigDecimal tolerance();
}
