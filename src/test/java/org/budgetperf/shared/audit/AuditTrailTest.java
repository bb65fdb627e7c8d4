package org.budgetperf.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** Every change is traceable to a person, with the values before and after, and cannot be rewritten. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Test
    void recordsWhoChangedWhatNewestFirst() {
        String code = Api.uniqueCode("AU");
        String departmentId = Api.createDepartment(code, "审计部门");
        String editor = Api.editorOf(code);
        String budget = Api.as(editor)
                .contentType(ContentType.JSON)
                .body(Api.minimalBudget(departmentId, 2024).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/budgets/" + budget;
        String task = Api.as(editor)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "任务1", "plannedFunds", "100.00"))
                .post(path + "/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(editor)
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"plannedFunds\": \"250.00\"}")
                .patch(path + "/tasks/" + task)
                .then()
                .statusCode(200);
        Api.as(editor)
                .header("If-Match", "\"1\"")
                .delete(path + "/tasks/" + task)
                .then()
                .statusCode(204);

        given().get(path + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.operation", equalTo(List.of("DELETE", "UPDATE", "CREATE", "CREATE")))
                .body("items.entityType", equalTo(List.of("TASK", "TASK", "TASK", "BUDGET")))
                .body("items[0].actor", equalTo("editor-" + code))
                .body("items[0].before.plannedFunds", equalTo("250.00"))
                .body("items[0].after", nullValue())
                .body("items[1].before.plannedFunds", equalTo("100.00"))
                .body("items[1].after.plannedFunds", equalTo("250.00"))
                .body("items[1].requestId", org.hamcrest.Matchers.notNullValue())
                .body("items[3].after.fiscalYear", equalTo(2024));

        given().get("/api/v1/departments/" + departmentId + "/history")
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items[4].entityType", equalTo("DEPARTMENT"))
                .body("items[4].after.code", equalTo(code));
    }

    /**
     * Every entry is identified by a UUID like every other resource; the history is still ordered and paged by the
     * trail's sequence, which the deprecated {@code sequence} shows: following {@code links.next} page by page gives
     * exactly the one-page history, newest first, with no entry twice.
     */
    @Test
    void identifiesEntriesByUuidAndPagesThemInSequenceOrder() {
        String budget = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + budget;
        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "OTHER", "name", "审计任务" + i))
                    .post(path + "/tasks")
                    .then()
                    .statusCode(201);
        }
        List<Map<String, Object>> whole = given().get(path + "/history?size=100")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .extract()
                .path("items");

        List<Map<String, Object>> paged = new java.util.ArrayList<>();
        String next = path + "/history?size=2";
        while (next != null) {
            io.restassured.path.json.JsonPath page =
                    given().get(next).then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items"));
            next = page.getString("links.next");
        }

        assertThat(paged).isEqualTo(whole);
        List<String> ids = whole.stream().map(e -> (String) e.get("id")).toList();
        assertThat(ids)
                .allSatisfy(id ->
                        assertThat(java.util.UUID.fromString(id).toString()).isEqualTo(id));
        assertThat(ids).doesNotHaveDuplicates();
        List<Long> sequence = whole.stream()
                .map(e -> ((Number) e.get("sequence")).longValue())
                .toList();
        assertThat(sequence)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .doesNotHaveDuplicates();
    }

    @Test
    void keepsTheHistoryOfADeletedTable() {
        String departmentId = Api.createDepartment();
        String budget = Api.createBudget(Api.minimalBudget(departmentId, 2024))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/budgets/" + budget)
                .then()
                .statusCode(204);
        given().get("/api/v1/departments/" + departmentId + "/history")
                .then()
                .body("items[0].operation", equalTo("DELETE"))
                .body("items[0].entityId", equalTo(budget));
    }

    @SendsInvalidRequests("methods the history does not have")
    @Test
    void offersNoWayToChangeTheHistory() {
        String budget = Api.createDongguanBudget();
        given().contentType(ContentType.JSON)
                .body("{}")
                .put("/api/v1/budgets/" + budget + "/history")
                .then()
                .statusCode(405);
        given().delete("/api/v1/budgets/" + budget + "/history").then().statusCode(405);
        assertThat(tryToRewriteHistory()).contains("append-only");
    }

    @Transactional
    String tryToRewriteHistory() {
        try {
            em.createNativeQuery("UPDATE audit_record SET actor = 'someone else'")
                    .executeUpdate();
            return "updated";
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage();
        }
    }

    @SendsInvalidRequests("a negative amount")
    @Test
    void writesNoRecordForARefusedChange() {
        String budget = Api.createDongguanBudget();
        long before = given().get("/api/v1/budgets/" + budget + "/history")
                .then()
                .extract()
                .jsonPath()
                .getLong("totalItems");
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"amounts\": {\"basicExpenditure\": \"-1\"}}")
                .patch("/api/v1/budgets/" + budget)
                .then()
                .statusCode(400);
        given().get("/api/v1/budgets/" + budget + "/history").then().body("totalItems", equalTo((int) before));
    }
}
