package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.support.Api;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Reading a whole table costs a constant number of SQL statements, whatever its size. */
@QuarkusTest
class WholeTableQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DirectReads direct;

    @Test
    void readsA500IndicatorTableWithAtMostFourStatements() {
        ObjectNode request = Api.minimalBudget(Api.createDepartment(), 2024);
        ArrayNode tasks = request.putArray("tasks");
        for (int i = 0; i < 50; i++) {
            tasks.addObject().put("kind", "KEY").put("name", "任务" + i).put("plannedFunds", "1000.00");
        }
        ArrayNode indicators = request.putArray("indicators");
        for (int i = 0; i < 500; i++) {
            indicators
                    .addObject()
                    .put("level1", "产出指标")
                    .put("level2", "数量指标")
                    .put("name", "指标" + i)
                    .put("periodValue", "≥" + (3 * i) + "次")
                    .put("annualValue", "≥" + i + "次")
                    .put("taskIndex", i % 50);
        }
        String id = Api.createBudget(request).then().statusCode(201).extract().path("id");
        // Another table's read loads the (immutable) framework catalogue first.
        given().get("/api/v1/budgets/" + Api.createDongguanBudget()).then().statusCode(200);

        long firstRead = statements(() -> given().get("/api/v1/budgets/" + id)
                .then()
                .statusCode(200)
                .body("indicators", hasSize(500))
                .body("tasks", hasSize(50)));
        long cachedRead = statements(() ->
                given().get("/api/v1/budgets/" + id).then().statusCode(200).body("indicators", hasSize(500)));

        assertThat(firstRead).as("statements for a table not read before").isBetween(1L, 4L);
        assertThat(cachedRead).as("statements for an unchanged table").isEqualTo(1L);
    }

    /** SQL statements a request issued: Hibernate's and the direct reads'. */
    private long statements(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        long directBefore = direct.statementCount();
        request.run();
        return statistics.getPrepareStatementCount() + direct.statementCount() - directBefore;
    }
}
