package org.budgetperf.shared.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Latency distributions for the HTTP server and the domain timers: p50/p95/p99 computed in the service (per
 * replica) and histogram buckets for Prometheus ({@code histogram_quantile} across replicas). The bucket range
 * is bounded (1 ms to 60 s) so each timer series carries a few dozen buckets, not hundreds.
 */
public class MetricsSettings {

    @Produces
    @Singleton
    MeterFilter latencyDistributions() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().startsWith("http.server.requests")
                        && !id.getName().startsWith("perf.")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentiles(0.5, 0.95, 0.99)
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(60).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }
}
