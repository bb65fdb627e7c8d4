package org.budgetperf.budget.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Several people edit one table at once (issue: 20 editors on 20 indicators got 16-18 × 412). A change to one row
 * conflicts only with a change to that same row; the table's ETag still changes every time, and no update is lost.
 */
@QuarkusTest
class ConcurrentEditorsTest {

    private static final int EDITORS = 20;

    private static List<Response> atOnce(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                int editor = i;
                Callable<Response> call = () -> {
                    start.await();
                    return request.apply(editor);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).sorted().toList();
    }

    private static String table() {
        return Api.createDongguanBudget();
    }

    private static List<Map<String, Object>> indicators(String budget) {
        return Api.given()
                .get("/api/v1/budgets/" + budget + "/indicators?size=100")
                .path("items");
    }

    @Test
    void twentyEditorsOfTwentyDifferentIndicatorsAllSucceed() throws Exception {
        String budget = table();
        String tableEtag = Api.etag("/api/v1/budgets/" + budget);
        List<Map<String, Object>> rows = indicators(budget);
        List<String> etags = rows.stream()
                .limit(EDITORS)
                .map(r -> Api.etag("/api/v1/budgets/" + budget + "/indicators/" + r.get("id")))
                .toList();

        List<Response> responses = atOnce(i -> Api.given()
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", etags.get(i))
                .body("{\"weight\": \"" + (i + 1) + ".5\"}")
                .patch("/api/v1/budgets/" + budget + "/indicators/"
                        + rows.get(i).get("id")));

        assertThat(statuses(responses)).containsOnly(200).hasSize(EDITORS);
        for (int i = 0; i < EDITORS; i++) {
            assertThat(Api.given()
                            .get("/api/v1/budgets/" + budget + "/indicators/"
                                    + rows.get(i).get("id"))
                            .<String>path("weight"))
                    .isEqualTo((i + 1) + ".5000");
        }
        assertThat(Api.etag("/api/v1/budgets/" + budget)).isNotEqualTo(tableEtag);
        assertThat(updatesInHistory(budget)).isEqualTo(EDITORS);
    }

    @Test
    void twentyEditorsOfOneIndicatorWithOneEtagOneWins() throws Exception {
        String budget = table();
        String indicator = (String) indicators(budget).get(0).get("id");
        String path = "/api/v1/budgets/" + budget + "/indicators/" + indicator;
        String etag = Api.etag(path);

        List<Response> responses = atOnce(i -> Api.given()
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", etag)
                .body("{\"annualValue\": \"≥" + (100 + i) + "篇\"}")
                .patch(path));

        List<Integer> statuses = statuses(responses);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 412)).hasSize(EDITORS - 1);
        Response winner = responses.stream()
                .filter(r -> r.statusCode() == 200)
                .findFirst()
                .orElseThrow();
        assertThat(Api.given().get(path).<String>path("annualValue")).isEqualTo(winner.<String>path("annualValue"));
        assertThat(updatesInHistory(budget)).isEqualTo(1);
    }

    @Test
    void ifMatchStarNeverFailsAndLosesNoUpdate() throws Exception {
        String budget = table();
        String indicator = (String) indicators(budget).get(0).get("id");
        String path = "/api/v1/budgets/" + budget + "/indicators/" + indicator;

        List<Response> responses = atOnce(i -> Api.given()
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", "*")
                .body("{\"annualValue\": \"≥" + (100 + i) + "篇\"}")
                .patch(path));

        assertThat(statuses(responses)).containsOnly(200).hasSize(EDITORS);
        // Each change is recorded, each after the one before it: the audit trail chains every "before" to an "after".
        List<Map<String, Map<String, Object>>> updates = Api.given()
                .get("/api/v1/budgets/" + budget + "/history?size=100")
                .path("items.findAll { it.operation == 'UPDATE' }");
        assertThat(updates).hasSize(EDITORS);
        for (int i = 0; i + 1 < updates.size(); i++) {
            assertThat(updates.get(i).get("before").get("annualValue"))
                    .isEqualTo(updates.get(i + 1).get("after").get("annualValue"));
        }
        assertThat(Api.given().get(path).<String>path("annualValue"))
                .isEqualTo(updates.get(0).get("after").get("annualValue"));
    }

    @Test
    void twentyConcurrentCreatesAllSucceedWithDistinctPositions() throws Exception {
        String budget = table();
        int before = indicators(budget).size();

        List<Response> responses = atOnce(i -> Api.given()
                .contentType(ContentType.JSON)
                .body(Map.of("level1", "产出指标", "level2", "数量指标", "name", "并发新增指标" + i, "annualValue", "≥" + i + "次"))
                .post("/api/v1/budgets/" + budget + "/indicators"));

        assertThat(statuses(responses)).containsOnly(201).hasSize(EDITORS);
        List<Map<String, Object>> after = indicators(budget);
        assertThat(after).hasSize(before + EDITORS);
        assertThat(after.stream().map(r -> r.get("position")).distinct()).hasSize(before + EDITORS);
    }

    /** Found by the contract fuzzer: the deletes that waited for the first one's lock found the table gone. */
    @Test
    void twentyConcurrentDeletesOfOneTableDeleteItOnceAndFindItGoneOtherwise() throws Exception {
        String budget = table();
        List<Integer> statuses =
                statuses(atOnce(editor -> Api.given().header("If-Match", "*").delete("/api/v1/budgets/" + budget)));
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 204).containsOnly(404);
    }

    private static int updatesInHistory(String budget) {
        List<Object> updates = Api.given()
                .get("/api/v1/budgets/" + budget + "/history?size=100")
                .path("items.findAll { it.operation == 'UPDATE' }");
        return updates.size();
    }
}
