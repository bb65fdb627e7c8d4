package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A table near the size limit is deleted (and so replaced by an import) like a small one. Deleting rows raises the
 * versions of next year's tables that were copied from them, with the deleted rows' ids as parameters; PostgreSQL
 * takes at most 65,535 parameters per statement, which a table of more than 16,384 rows used to exceed (500).
 */
@QuarkusTest
class LargeTableDeleteTest {

    @Test
    void aTableOfSeventeenThousandRowsIsDeleted() {
        ObjectNode request = Api.minimalBudget(Api.createDepartment(), 2024);
        request.putArray("tasks")
                .addObject()
                .put("kind", "KEY")
                .put("name", "任务")
                .put("plannedFunds", "1000.00");
        ArrayNode indicators = request.putArray("indicators");
        for (int i = 0; i < 17_000; i++) {
            indicators
                    .addObject()
                    .put("level1", "产出指标")
                    .put("level2", "数量指标")
                    .put("name", "指标" + i)
                    .put("annualValue", "≥" + i + "次");
        }
        String id = Api.createBudget(request).then().statusCode(201).extract().path("id");
        int rows = given().get("/api/v1/budgets/" + id + "/indicators?size=1").path("totalItems");
        assertThat(rows).isEqualTo(17_000);

        given().header("If-Match", "*").delete("/api/v1/budgets/" + id).then().statusCode(204);

        given().get("/api/v1/budgets/" + id).then().statusCode(404);
    }
}
