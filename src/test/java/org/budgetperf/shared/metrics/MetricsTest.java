package org.budgetperf.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics is what operators scrape: HTTP timings per route template with percentiles and buckets, JVM, the
 * connection pool, and the domain series, which must move when the domain does.
 */
@QuarkusTest
class MetricsTest {

    private static final Pattern UUID_LIKE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static String scrape() {
        return RestAssured.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The sum of the samples of {@code series} whose labels contain every fragment ({@code format="TSV"}). */
    private static double value(String scrape, String series, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(series + "{") || line.startsWith(series + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void domainCountersMoveWhenAnImportAndACheckRunHappen() throws IOException {
        String before = scrape();
        String code = Api.uniqueCode("MET");
        Api.createDepartment(code, "东莞市归国华侨联合会");
        String budgetId = given().contentType("text/tab-separated-values")
                .body(RealData.bytes(RealData.DONGGUAN_2024))
                .post("/api/v1/budget-imports?departmentCode=" + code)
                .then()
                .statusCode(201)
                .extract()
                .path("budgetId");
        given().post("/api/v1/budgets/" + budgetId + "/reconciliations").then().statusCode(201);
        given().get("/api/v1/budgets/" + budgetId).then().statusCode(200);
        given().get("/api/v1/budgets/" + budgetId).then().statusCode(200);
        String key = UUID.randomUUID().toString();
        String body = Api.minimalBudget(Api.createDepartment(), 2031).toString();
        for (int i = 0; i < 2; i++) {
            given().header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/budgets")
                    .then()
                    .statusCode(201);
        }
        given().header("If-Match", "*")
                .post("/api/v1/budgets/" + budgetId + "/submit")
                .then()
                .statusCode(200);
        String after = scrape();

        String[] tsvImports = {"format=\"TSV\"", "outcome=\"success\"", "dry_run=\"false\""};
        assertThat(value(after, "perf_imports_seconds_count", tsvImports))
                .isEqualTo(value(before, "perf_imports_seconds_count", tsvImports) + 1);
        assertThat(value(after, "perf_check_runs_total", "kind=\"RECONCILIATION\""))
                // the explicit run, and the one the submission records
                .isEqualTo(value(before, "perf_check_runs_total", "kind=\"RECONCILIATION\"") + 2);
        assertThat(value(after, "perf_check_runs_total", "kind=\"REVIEW\""))
                .isEqualTo(value(before, "perf_check_runs_total", "kind=\"REVIEW\"") + 1);
        assertThat(value(after, "perf_lifecycle_transitions_seconds_count", "action=\"SUBMIT\"", "success"))
                .isEqualTo(
                        value(before, "perf_lifecycle_transitions_seconds_count", "action=\"SUBMIT\"", "success") + 1);
        assertThat(value(after, "perf_document_cache_total", "result=\"hit\""))
                .isGreaterThan(value(before, "perf_document_cache_total", "result=\"hit\""));
        assertThat(value(after, "perf_document_cache_total", "result=\"miss\""))
                .isGreaterThan(value(before, "perf_document_cache_total", "result=\"miss\""));
        assertThat(value(after, "perf_idempotency_replays_total"))
                .isEqualTo(value(before, "perf_idempotency_replays_total") + 1);
    }

    @Test
    @SendsInvalidRequests("a URI too long, refused by the HTTP layer before any route matched; a method no route has")
    void httpTimingsAreKeptPerRouteTemplateWithPercentilesAndNeverCarryIds() {
        String budgetId = Api.createDongguanBudget();
        given().get("/api/v1/budgets/" + budgetId).then().statusCode(200);
        // Answered before routing: counted under a fixed word, not under its raw path (which carries an id).
        given().get("/api/v1/budgets/" + UUID.randomUUID() + "?q=" + "x".repeat(9000))
                .then()
                .statusCode(414);
        // No resource method for it: counted as unmatched, not under its raw path.
        given().delete("/api/v1/budgets/" + budgetId + "/history").then().statusCode(405);
        String scrape = scrape();

        String route = "uri=\"/api/v1/budgets/{budgetId}\"";
        assertThat(value(scrape, "http_server_requests_seconds_count", route, "method=\"GET\"", "status=\"200\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("http_server_requests_seconds{").contains("quantile=\"0.99\"");
        assertThat(scrape).contains("http_server_requests_seconds_bucket{");
        assertThat(scrape).contains("jvm_memory_used_bytes").contains("agroal_active_count");
        assertThat(value(scrape, "http_server_requests_seconds_count", "uri=\"/(refused)\"", "414"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "http_server_requests_seconds_count", "uri=\"/(unmatched)\"", "405"))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.lines().filter(line -> !line.startsWith("#")).filter(UUID_LIKE.asPredicate()))
                .as("no id in any label")
                .isEmpty();
    }
}
