package org.budgetperf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/** The report of a stored import can be read again later by its id, by whoever may see the table's department. */
@QuarkusTest
class ImportReportApiTest {

    private static final String TSV = "text/tab-separated-values";

    @Test
    void aStoredImportsReportIsReadBackByItsId() throws IOException {
        String code = Api.uniqueCode("IMR");
        Api.createDepartment(code, "东莞市归国华侨联合会");
        byte[] file = RealData.bytes(RealData.DONGGUAN_2024);

        // A dry run stores nothing: no id.
        Api.as(Api.editorOf(code))
                .contentType(TSV)
                .body(file)
                .post("/api/v1/budget-imports?dryRun=true&departmentCode=" + code)
                .then()
                .statusCode(200)
                .body("importId", nullValue());

        Response imported = Api.as(Api.editorOf(code))
                .contentType(TSV)
                .body(file)
                .post("/api/v1/budget-imports?departmentCode=" + code);
        imported.then().statusCode(201);
        String importId = imported.path("importId");
        String budgetId = imported.path("budgetId");
        assertThat(importId).isNotNull();
        assertThat(imported.header("Location")).endsWith("/api/v1/budgets/" + budgetId);
        assertThat(imported.header("Content-Location")).endsWith("/api/v1/budget-imports/" + importId);
        List<String> findings = imported.path("findings.code");

        String path = "/api/v1/budget-imports/" + importId;
        for (String token :
                List.of(Api.editorOf(code), Api.tokenWith(Roles.FINANCE_REVIEWER), Api.tokenWith(Roles.READER))) {
            Api.as(token)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("importId", equalTo(importId))
                    .body("budgetId", equalTo(budgetId))
                    .body("dryRun", equalTo(false))
                    .body("findings.code", equalTo(findings))
                    .body("table.id", equalTo(budgetId))
                    .body("table.department.code", equalTo(code));
        }

        // Another department's editor learns nothing: the same 404 as for a report that does not exist.
        Api.as(Api.editorOf("NOT-" + code)).get(path).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(Api.editorOf(code))
                .get("/api/v1/budget-imports/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);

        // The report outlives its table: replaced by a later import, it still reads as it was.
        String etag = Api.etag("/api/v1/budgets/" + budgetId);
        Api.as(Api.editorOf(code))
                .header("If-Match", etag)
                .delete("/api/v1/budgets/" + budgetId)
                .then()
                .statusCode(204);
        Api.as(Api.editorOf(code)).get(path).then().statusCode(200).body("budgetId", equalTo(budgetId));

        // Imported again (the year is free) and sent twice with one Idempotency-Key: the answer is replayed with
        // both of its links.
        String key = java.util.UUID.randomUUID().toString();
        Response first = Api.as(Api.editorOf(code))
                .contentType(TSV)
                .header("Idempotency-Key", key)
                .body(file)
                .post("/api/v1/budget-imports?departmentCode=" + code);
        first.then().statusCode(201);
        Response replayed = Api.as(Api.editorOf(code))
                .contentType(TSV)
                .header("Idempotency-Key", key)
                .body(file)
                .post("/api/v1/budget-imports?departmentCode=" + code);
        replayed.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(replayed.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replayed.header("Content-Location"))
                .isEqualTo(first.header("Content-Location"))
                .endsWith("/api/v1/budget-imports/" + first.path("importId"));
    }
}
