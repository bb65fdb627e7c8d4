package org.budgetperf.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A runaway caller or address gets 429 with when to come back; everybody else carries on. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest {

    /** Quotas small enough to reach in a test; the address quota is spent last, by the last test. */
    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "perf.rate-limit.enabled", "true",
                    "perf.rate-limit.reads-per-minute", "5",
                    "perf.rate-limit.per-address-per-minute", "40");
        }
    }

    @Test
    @Order(1)
    void aBurstOverTheCallersQuotaIsRefusedWhileOtherCallersCarryOn() {
        String runaway = Api.tokenWith(Roles.READER);
        for (int i = 0; i < 5; i++) {
            Api.as(runaway).get("/api/v1/departments").then().statusCode(200);
        }
        Api.as(runaway)
                .get("/api/v1/departments")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_REQUESTS"))
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .header("RateLimit-Policy", equalTo("\"reads\";q=5;w=60"))
                .header("RateLimit", containsString("r=0"));
        String other = Api.tokenWith(Roles.FINANCE_REVIEWER);
        Api.as(other).get("/api/v1/departments").then().statusCode(200);
    }

    @Test
    @Order(2)
    void aFloodFromOneAddressIsRefusedBeforeAuthentication() {
        int refused = 0;
        for (int i = 0; i < 60 && refused == 0; i++) {
            Response answer = io.restassured.RestAssured.given().get("/api/v1/departments");
            if (answer.statusCode() == 429) {
                refused++;
                assertThat(answer.header("RateLimit-Policy")).isEqualTo("\"address\";q=40;w=60");
                assertThat(answer.header("Retry-After")).isNotBlank();
            } else {
                assertThat(answer.statusCode()).isEqualTo(401);
            }
        }
        assertThat(refused).isEqualTo(1);
    }
}
