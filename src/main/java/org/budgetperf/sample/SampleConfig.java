package org.budgetperf.sample;

import io.smallrye.config.ConfigMapping;

/** {@code perf.sample-data.*}: load the Dongguan 2024 table at start (on in dev mode, see application.properties). */
@ConfigMapping(prefix = "perf.sample-data")
public interface SampleConfig {

    boolean enabled();
}
