package org.budgetperf.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One access-log line per request: route template, method, status, duration, subject and request id, no token. */
@QuarkusTest
class AccessLogTest {

    private final List<Map<String, String>> lines = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                lines.add(Map.copyOf(ext.getMdcCopy()));
                messages.add(ext.getFormattedMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("access").removeHandler(capture);
    }

    @Test
    void eachRequestLogsItsRouteTemplateStatusSubjectAndRequestIdButNoToken() throws InterruptedException {
        UUID missing = UUID.randomUUID();
        Response response = given().get("/api/v1/budgets/" + missing);
        response.then().statusCode(404);
        String requestId = response.header("X-Request-Id");

        Map<String, String> line = await(requestId);
        assertThat(line)
                .containsEntry("method", "GET")
                .containsEntry("route", "/api/v1/budgets/{budgetId}")
                .containsEntry("status", "404")
                .containsEntry("subject", "test-worker")
                .containsKey("durationMs");
        assertThat(Long.parseLong(line.get("durationMs"))).isNotNegative();
        assertThat(String.join("\n", messages))
                .doesNotContain(missing.toString())
                .doesNotContain("eyJ");
    }

    private Map<String, String> await(String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            for (Map<String, String> line : lines) {
                if (requestId.equals(line.get("requestId"))) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no access-log line with request id " + requestId + " in " + lines);
    }
}
