package org.budgetperf.shared.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browsers may call the API only from the configured frontend origins. */
@QuarkusTest
@TestProfile(CorsTest.FrontendOrigin.class)
class CorsTest {

    /** The frontend team's origin, as an operator would configure it with CORS_ORIGINS. */
    public static class FrontendOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://frontend.example.gov.cn");
        }
    }

    @Test
    void allowsTheConfiguredOriginIncludingTheHeadersTheApiNeeds() {
        RestAssured.given()
                .header("Origin", "https://frontend.example.gov.cn")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/budgets/00000000-0000-0000-0000-000000000000")
                .then()
                .header("Access-Control-Allow-Origin", "https://frontend.example.gov.cn")
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void letsTheFrontendReadAnExportsFileNameAndTheVersionHeaders() {
        RestAssured.given()
                .header("Origin", "https://frontend.example.gov.cn")
                .get("/q/health/live")
                .then()
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void refusesOtherOrigins() {
        RestAssured.given()
                .header("Origin", "https://elsewhere.example.com")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/budgets")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
