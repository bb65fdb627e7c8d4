package org.budgetperf.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * {@code perf.scoring.*}: which stored scoring weight set (R-SCO-1) a self-evaluation uses when it names none. The
 * sets themselves are data ({@code /api/v1/scoring-weight-sets}); configuration only chooses among them, so a region
 * can make its own set the default of its indicator framework without a release.
 */
@ConfigMapping(prefix = "perf.scoring")
public interface ScoringConfig {

    /**
     * {@code code} (its newest version) or {@code code@version}; the national 财预〔2020〕10号 set unless configured
     * ({@code PERF_SCORING_DEFAULT_WEIGHT_SET}).
     */
    @WithDefault("national")
    String defaultWeightSet();

    /**
     * Per indicator framework code, the weight set its tables use when a self-evaluation names none, e.g.
     * {@code perf.scoring.framework-weight-sets."guangdong-city-2024"=national}; frameworks not listed use
     * {@link #defaultWeightSet()}.
     */
    Map<String, String> frameworkWeightSets();
}
