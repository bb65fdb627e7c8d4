package org.budgetperf.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * {@code perf.scoring.*}: the self-evaluation weights of the 一级 groups (R-SCO; must add up to 100) and the version
 * recorded with each score ({@code PERF_SCORING_*}); the defaults are the national 财预〔2020〕10号 weights.
 */
@ConfigMapping(prefix = "perf.scoring")
public interface ScoringConfig {

    @WithDefault("50")
    BigDecimal output();

    @WithDefault("30")
    BigDecimal outcome();

    @WithDefault("10")
    BigDecimal satisfaction();

    @WithDefault("10")
    BigDecimal budgetExecution();

    @WithDefault("2026.1")
    String weightsVersion();
}
