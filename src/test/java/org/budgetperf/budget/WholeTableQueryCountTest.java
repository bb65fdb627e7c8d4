package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.support.Api;
import org.budgetperf.support.StatementCount;
import org.hibernate.SessionFactory;
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
        ObjectNode request = Api.generatedBudget(Api.createDepartment(), 2024, 50, 500);
        // both target values of every row are parsed when the document is built
        for (int i = 0; i < 500; i++) {
            ((ObjectNode) request.get("indicators").get(i)).put("periodValue", "≥" + (3 * i) + "次");
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

    private long statements(Runnable request) {
        return new StatementCount(sessionFactory, direct).of(request);
    }
}
