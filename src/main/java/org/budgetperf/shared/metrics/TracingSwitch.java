package org.budgetperf.shared.metrics;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tracing is off unless there is somewhere to send the spans: the OpenTelemetry SDK is disabled when
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} is not set, so a replica without a collector neither buffers spans nor logs
 * export failures. Its ordinal (200) sits below application.properties and the environment, so
 * {@code QUARKUS_OTEL_SDK_DISABLED} still decides when given.
 */
public class TracingSwitch implements ConfigSource {

    static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private static final String DISABLED = "quarkus.otel.sdk.disabled";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DISABLED, Boolean.toString(!configured()));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DISABLED);
    }

    @Override
    public String getValue(String name) {
        return DISABLED.equals(name) ? Boolean.toString(!configured()) : null;
    }

    @Override
    public String getName() {
        return "perf-targets-tracing-switch";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }

    private static boolean configured() {
        String endpoint = System.getenv(ENDPOINT);
        if (endpoint == null) {
            endpoint = System.getProperty(ENDPOINT);
        }
        return endpoint != null && !endpoint.isBlank();
    }
}
