package org.budgetperf.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** {@code perf.monitoring.*}: the light thresholds of R-MON-1 ({@code PERF_MONITORING_RED_BELOW}, {@code …_YELLOW_BELOW}). */
@ConfigMapping(prefix = "perf.monitoring")
public interface MonitoringConfig {

    @WithDefault("60")
    BigDecimal redBelow();

    @WithDefault("80")
    BigDecimal yellowBelow();
}
