package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * Row versions in the table document and pages, and the bulk replace of a block: one request, one audit entry, one
 * transaction under the table's {@code If-Match}.
 */
@QuarkusTest
class BulkRowsTest {

    private static final List<String> INDICATOR_FIELDS =
            List.of("level1", "level2", "name", "periodValue", "annualValue", "weight", "taskId");

    @Test
    void aRowVersionReadFromTheDocumentIsTheRowsETagAndGoesStale() {
        String path = "/api/v1/budgets/" + Api.createDongguanBudget();
        Map<String, Object> first = Api.given().get(path).then().extract().path("indicators[0]");
        String row = path + "/indicators/" + first.get("id");
        assertThat(Api.etag(row)).isEqualTo(first.get("version"));
        Api.given().get(path + "/indicators?size=5").then().body("items[0].version", equalTo(first.get("version")));

        String fresh = Api.given()
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", first.get("version"))
                .body("{\"annualValue\": \"≥320篇\"}")
                .patch(row)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        Api.given()
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", first.get("version"))
                .body("{\"annualValue\": \"≥330篇\"}")
                .patch(row)
                .then()
                .statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        Api.given().get(path).then().body("indicators[0].version", equalTo(fresh));
    }

    @Test
    void reorderingTwentyFiveIndicatorsIsOneRequestAndOneAuditEntry() {
        String path = "/api/v1/budgets/" + Api.createDongguanBudget();
        Response before = Api.given().get(path);
        List<Map<String, Object>> indicators = before.path("indicators");
        assertThat(indicators).hasSize(25);
        int history = Api.given().get(path + "/history").path("totalItems");

        List<Map<String, Object>> reversed = new ArrayList<>(indicators);
        Collections.reverse(reversed);
        String etag = Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", before.header("ETag"))
                .body(Map.of(
                        "items", reversed.stream().map(BulkRowsTest::asSent).toList()))
                .put(path + "/indicators")
                .then()
                .statusCode(200)
                .body("items", hasSize(25))
                .body("items[0].id", equalTo(reversed.get(0).get("id")))
                .extract()
                .header("ETag");

        Response after = Api.given().get(path);
        assertThat(after.header("ETag")).isEqualTo(etag).isNotEqualTo(before.header("ETag"));
        List<Map<String, Object>> now = after.path("indicators");
        assertThat(now)
                .extracting(i -> i.get("id"))
                .containsExactlyElementsOf(
                        reversed.stream().map(i -> i.get("id")).toList());
        for (Map<String, Object> i : now) {
            Map<String, Object> old = indicators.stream()
                    .filter(o -> o.get("id").equals(i.get("id")))
                    .findFirst()
                    .orElseThrow();
            if (!old.get("position").equals(i.get("position"))) {
                assertThat(i.get("version")).isNotEqualTo(old.get("version"));
            }
            assertThat(Api.etag(path + "/indicators/" + i.get("id"))).isEqualTo(i.get("version"));
        }
        Api.given()
                .get(path + "/history")
                .then()
                .body("totalItems", equalTo(history + 1))
                .body("items[0].entityType", equalTo("INDICATOR"))
                .body("items[0].operation", equalTo("UPDATE"));
    }

    @SendsInvalidRequests("a row with a blank name, refused with its index")
    @Test
    void aBulkReplaceCreatesKeepsAndDeletesOrRefusesEverything() {
        String path = "/api/v1/budgets/" + Api.createDongguanBudget();
        Response before = Api.given().get(path);
        List<Map<String, Object>> tasks = before.path("tasks");
        // Keep the last task, add a new one before it; every other task is deleted.
        Map<String, Object> kept = tasks.get(tasks.size() - 1);
        List<Map<String, Object>> items = List.of(
                Map.of("kind", "OTHER", "name", "新任务", "plannedFunds", "10.00", "amountUnit", "WAN_YUAN"),
                Map.of("id", kept.get("id"), "kind", kept.get("kind"), "name", kept.get("name")));

        // Invalid rows are named by their index; a stale table version and an unknown id are refused; nothing changes.
        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", before.header("ETag"))
                .body(Map.of("items", List.of(items.get(0), Map.of("kind", "KEY", "name", " "))))
                .put(path + "/tasks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("items[1].name"));
        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"999\"")
                .body(Map.of("items", items))
                .put(path + "/tasks")
                .then()
                .statusCode(412);
        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", before.header("ETag"))
                .body(Map.of(
                        "items",
                        List.of(Map.of("id", "00000000-0000-0000-0000-000000000000", "kind", "KEY", "name", "无"))))
                .put(path + "/tasks")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("items[0].id"));
        assertThat(Api.etag(path)).isEqualTo(before.header("ETag"));

        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", before.header("ETag"))
                .body(Map.of("items", items))
                .put(path + "/tasks")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        Api.given()
                .get(path)
                .then()
                .body("tasks", hasSize(2))
                .body("tasks[1].id", equalTo(kept.get("id")))
                .body("tasks[0].plannedFunds", equalTo("100000.00"))
                .body("tasks[1].plannedFunds", equalTo(null));
    }

    @SendsInvalidRequests("more rows than the contract's maxItems")
    @Test
    void aBulkReplaceTakesAtMostTwoThousandRows() {
        String path = "/api/v1/budgets/" + Api.createDongguanBudget();
        ArrayNode rows = Api.JSON.createArrayNode();
        for (int i = 0; i <= TableRowService.MAX_BULK_ROWS; i++) {
            rows.addObject().put("level1", "产出指标").put("level2", "数量指标").put("name", "指标" + i);
        }
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("items", rows);
        String etag = Api.etag(path);
        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body.toString())
                .put(path + "/indicators")
                .then()
                .statusCode(413)
                .body("violations[0].field", equalTo("items"));
        assertThat(Api.etag(path)).isEqualTo(etag);
    }

    /** An indicator of the document as a bulk replace sends it: its id and writable fields. */
    private static Map<String, Object> asSent(Map<String, Object> indicator) {
        Map<String, Object> sent = new java.util.HashMap<>();
        sent.put("id", indicator.get("id"));
        INDICATOR_FIELDS.forEach(f -> sent.put(f, indicator.get(f)));
        return sent;
    }
}
