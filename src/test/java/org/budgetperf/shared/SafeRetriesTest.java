package org.budgetperf.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** Retries after a timeout never duplicate, and concurrent editors never overwrite each other silently. */
@QuarkusTest
class SafeRetriesTest {

    private static long tasksOf(String budget) {
        return given().get("/api/v1/budgets/" + budget + "/tasks")
                .then()
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void replaysTheFirstResponseForARepeatedKey() {
        String budget = Api.createDongguanBudget();
        Map<String, String> task = Map.of("kind", "KEY", "name", "任务7: 重试", "plannedFunds", "100.00");
        Response first = given().header("Idempotency-Key", "retry-1")
                .contentType(ContentType.JSON)
                .body(task)
                .post("/api/v1/budgets/" + budget + "/tasks");
        first.then().statusCode(201);
        Response second = given().header("Idempotency-Key", "retry-1")
                .contentType(ContentType.JSON)
                .body(task)
                .post("/api/v1/budgets/" + budget + "/tasks");
        second.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")));
        assertThat(tasksOf(budget)).isEqualTo(8);
    }

    @Test
    void refusesTheSameKeyForADifferentRequest() {
        String budget = Api.createDongguanBudget();
        given().header("Idempotency-Key", "reuse")
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "甲"))
                .post("/api/v1/budgets/" + budget + "/tasks")
                .then()
                .statusCode(201);
        given().header("Idempotency-Key", "reuse")
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "乙"))
                .post("/api/v1/budgets/" + budget + "/tasks")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(tasksOf(budget)).isEqualTo(8);
    }

    @Test
    void scopesKeysToTheCaller() {
        String a = Api.uniqueCode("K");
        String b = Api.uniqueCode("K");
        Api.createDepartment(a, "甲");
        Api.createDepartment(b, "乙");
        String admin = Api.tokenWith(org.budgetperf.shared.security.Roles.ADMIN);
        String otherAdmin = Api.token("second-admin", List.of(org.budgetperf.shared.security.Roles.ADMIN), List.of());
        Map<String, String> body = Map.of("code", Api.uniqueCode("SC"), "name", "同名");
        Api.as(admin)
                .header("Idempotency-Key", "shared-key")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/departments")
                .then()
                .statusCode(201);
        Api.as(otherAdmin)
                .header("Idempotency-Key", "shared-key")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/departments")
                .then()
                .statusCode(409)
                .body("code", equalTo("DUPLICATE_DEPARTMENT_CODE"));
    }

    @SendsInvalidRequests("a negative planned fund")
    @Test
    void forgetsARefusedRequestSoItCanBeCorrected() {
        String budget = Api.createDongguanBudget();
        given().header("Idempotency-Key", "fix-me")
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "丙", "plannedFunds", "-1"))
                .post("/api/v1/budgets/" + budget + "/tasks")
                .then()
                .statusCode(400);
        given().header("Idempotency-Key", "fix-me")
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "丙", "plannedFunds", "1"))
                .post("/api/v1/budgets/" + budget + "/tasks")
                .then()
                .statusCode(201);
    }

    @Test
    void createsOnceUnderConcurrentDuplicates() throws Exception {
        String budget = Api.createDongguanBudget();
        Map<String, String> task = Map.of("kind", "OTHER", "name", "并发任务", "plannedFunds", "1.00");
        List<Integer> statuses = runConcurrently(
                12,
                () -> given().header("Idempotency-Key", "burst")
                        .contentType(ContentType.JSON)
                        .body(task)
                        .post("/api/v1/budgets/" + budget + "/tasks")
                        .statusCode());
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        assertThat(statuses).contains(201);
        assertThat(tasksOf(budget)).isEqualTo(8);
    }

    @Test
    void neverLosesAConcurrentUpdate() throws Exception {
        String budget = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + budget;
        String etag = Api.etag(path);
        List<Integer> statuses = new ArrayList<>();
        List<Callable<Integer>> editors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int staff = 100 + i;
            editors.add(() -> given().contentType(Api.MERGE_PATCH)
                    .header("If-Match", etag)
                    .body("{\"staffCount\": " + staff + "}")
                    .patch(path)
                    .statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> f : pool.invokeAll(editors)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(7);
        int winner = given().get(path).then().extract().path("staffCount");
        assertThat(winner).isBetween(100, 107);
        given().get(path + "/history")
                .then()
                .body("items[0].after.staffCount", equalTo(winner))
                .body("items.findAll { it.operation == 'UPDATE' }.size()", equalTo(1));
    }

    private static List<Integer> runConcurrently(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(call);
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
