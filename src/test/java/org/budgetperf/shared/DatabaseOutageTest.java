package org.budgetperf.shared;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * When the database is away, requests answer 503 with Retry-After quickly instead of hanging, readiness
 * reports DOWN and liveness stays UP (so an orchestrator waits rather than restarting the service).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.NoDatabase.class)
class DatabaseOutageTest {

    /** A datasource pointing at a port where nothing listens, and no schema work at start. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/unreachable",
                    "quarkus.liquibase.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @Test
    void answers503WithRetryAfterAndReportsNotReady() {
        io.restassured.response.Response answer =
                Api.as(Api.tokenWith("reader")).get("/api/v1/budgets");
        answer.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", equalTo("DATABASE_UNAVAILABLE"));
        // The exchange itself (REST Assured times it next to the wire), not the tests' contract validation.
        org.assertj.core.api.Assertions.assertThat(answer.time()).isLessThan(10_000);
        RestAssured.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        RestAssured.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
