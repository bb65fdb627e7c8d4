package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

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
        ObjectNode request = Api.generatedBudget(Api.createDepartment(), 2024, 1, 17_000);
        String id = Api.createBudget(request).then().statusCode(201).extract().path("id");
        int rows = given().get("/api/v1/budgets/" + id + "/indicators?size=1").path("totalItems");
        assertThat(rows).isEqualTo(17_000);

        given().header("If-Match", "*").delete("/api/v1/budgets/" + id).then().statusCode(204);

        given().get("/api/v1/budgets/" + id).then().statusCode(404);
    }
}
