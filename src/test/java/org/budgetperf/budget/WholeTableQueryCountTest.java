package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
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
        // Three such tables, each read for the first time once: the service's pollers may add a statement to any
        // one count, never take one away, so the fewest is the first read's own cost.
        List<String> ids = new ArrayList<>();
        for (int year = 2024; year < 2027; year++) {
            request.put("fiscalYear", year);
            ids.add(Api.createBudget(request).then().statusCode(201).extract().path("id"));
        }
        // Another table's read loads the (immutable) framework catalogue first.
        given().get("/api/v1/budgets/" + Api.createDongguanBudget()).then().statusCode(200);

        long firstRead = Long.MAX_VALUE;
        for (String id : ids) {
            firstRead = Math.min(
                    firstRead,
                    count().of(() -> given().get("/api/v1/budgets/" + id)
                            .then()
                            .statusCode(200)
                            .body("indicators", hasSize(500))
                            .body("tasks", hasSize(50))));
        }
        long cachedRead = count().ofRepeatable(() -> given().get("/api/v1/budgets/" + ids.get(0))
                .then()
                .statusCode(200)
                .body("indicators", hasSize(500)));

        assertThat(firstRead).as("statements for a table not read before").isBetween(1L, 4L);
        assertThat(cachedRead).as("statements for an unchanged table").isEqualTo(1L);
    }

    private StatementCount count() {
        return new StatementCount(sessionFactory, direct);
    }
}
