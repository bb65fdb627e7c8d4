package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.support.Api;
import org.budgetperf.support.StatementCount;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Every hot path issues a small, fixed number of SQL statements, the same for a table of 10 indicators as for one
 * of 500: no statement per row, no N+1. Counts, not timings, so the guard never flakes (figures:
 * scripts/benchmark.sh and docs/benchmarks.md).
 */
@QuarkusTest
class HotPathStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DirectReads direct;

    /** Every PATCH sets a value no row holds yet: an unchanged value would be no update, one statement fewer. */
    private final AtomicInteger edits = new AtomicInteger(100_000);

    private record Table(String id, String task, String indicator) {}

    @Test
    void hotPathsCostTheSameFewStatementsWhateverTheTableSize() {
        Table small = table(5, 10);
        Table large = table(50, 500);
        Map<String, Function<Table, Runnable>> paths = new LinkedHashMap<>();
        paths.put("GET one indicator", t -> () -> ok(given().get(rows(t, "indicators") + "/" + t.indicator())));
        paths.put("GET a page of 20 indicators", t -> () -> ok(given().get(rows(t, "indicators") + "?size=20")));
        paths.put("GET a page of 20 tasks", t -> () -> ok(given().get(rows(t, "tasks") + "?size=20")));
        paths.put(
                "PATCH one indicator (audited)",
                t -> () -> ok(given().contentType(Api.MERGE_PATCH)
                        .header("If-Match", "*")
                        .body("{\"annualValue\":\"≥" + edits.incrementAndGet() + "次\"}")
                        .patch(rows(t, "indicators") + "/" + t.indicator())));
        paths.put(
                "PATCH one task (audited)",
                t -> () -> ok(given().contentType(Api.MERGE_PATCH)
                        .header("If-Match", "*")
                        .body("{\"plannedFunds\":\"" + edits.incrementAndGet() + ".00\"}")
                        .patch(rows(t, "tasks") + "/" + t.task())));
        paths.put("GET the table's history", t -> () -> ok(given().get("/api/v1/budgets/" + t.id() + "/history")));
        paths.put("GET the recorded reviews", t -> () -> ok(given().get("/api/v1/budgets/" + t.id() + "/reviews")));
        paths.put("GET the table's revisions", t -> () -> ok(given().get("/api/v1/budgets/" + t.id() + "/revisions")));

        StatementCount count = new StatementCount(sessionFactory, direct);
        for (Map.Entry<String, Function<Table, Runnable>> path : paths.entrySet()) {
            path.getValue().apply(small).run(); // first use: prepared statements, caches
            path.getValue().apply(large).run();
            long forSmall = count.ofRepeatable(path.getValue().apply(small));
            long forLarge = count.ofRepeatable(path.getValue().apply(large));
            assertThat(forLarge)
                    .as(path.getKey() + ": statements for 500 indicators (10 indicators: " + forSmall + ")")
                    .isEqualTo(forSmall)
                    .isBetween(1L, 8L);
        }
    }

    private static String rows(Table t, String block) {
        return "/api/v1/budgets/" + t.id() + "/" + block;
    }

    private static void ok(io.restassured.response.Response response) {
        response.then().statusCode(200);
    }

    private static Table table(int taskCount, int indicatorCount) {
        ObjectNode request = Api.generatedBudget(Api.createDepartment(), 2024, taskCount, indicatorCount);
        String id = Api.createBudget(request).then().statusCode(201).extract().path("id");
        String task = given().get("/api/v1/budgets/" + id + "/tasks?size=1").path("items[0].id");
        String indicator =
                given().get("/api/v1/budgets/" + id + "/indicators?size=1").path("items[0].id");
        return new Table(id, task, indicator);
    }
}
