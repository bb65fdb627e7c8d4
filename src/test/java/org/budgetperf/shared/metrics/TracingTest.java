package org.budgetperf.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, a problem document names the request's trace, so support can go from a client's error report
 * to its spans; with tracing off (every other test) the field is absent, which those tests' closed schemas check.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    /** The SDK on, spans kept but exported nowhere (no collector in the tests). */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    @Test
    void problemDocumentsCarryTheTraceIdWhileTracingIsOn() {
        String first = given().get("/api/v1/budgets/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .extract()
                .path("traceId");
        String second = given().get("/api/v1/budgets/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .extract()
                .path("traceId");
        assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    }
}
