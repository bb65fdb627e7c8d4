package org.budgetperf.budget.task;

import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskApiTest {

    @Test
    void listsTasksInFormOrderKeyTasksFirst() {
        String id = Api.createDongguanBudget();
        given().get("/api/v1/budgets/" + id + "/tasks")
                .then()
                .statusCode(200)
                .body("items", hasSize(7))
                .body("totalItems", equalTo(7))
                .body("items.kind", equalTo(List.of("KEY", "KEY", "KEY", "KEY", "KEY", "KEY", "OTHER")))
                .body("items[5].name", equalTo("任务6: 支持镇街级侨胞之家"))
                .body("items[5].plannedFunds", equalTo("640000.00"));
    }

    @Test
    void createsATaskAtTheEndOfItsBlockInWanYuan() {
        String id = Api.createDongguanBudget();
        String location = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "KEY",
                        "name",
                        "任务7: 侨史编撰",
                        "content",
                        "编撰侨史",
                        "plannedFunds",
                        "1.5",
                        "amountUnit",
                        "WAN_YUAN",
                        "expectedOutcome",
                        "出版一册"))
                .post("/api/v1/budgets/" + id + "/tasks")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("plannedFunds", equalTo("15000.00"))
                .body("position", equalTo(6))
                .extract()
                .header("Location");
        given().get(location).then().statusCode(200).body("name", equalTo("任务7: 侨史编撰"));
        given().get("/api/v1/budgets/" + id + "/tasks")
                .then()
                .body("items[6].name", equalTo("任务7: 侨史编撰"))
                .body("items[7].kind", equalTo("OTHER"));
        given().get("/api/v1/budgets/" + id).then().body("totals.keyTaskFunds", equalTo("1899000.00"));
    }

    @Test
    void replacesPatchesAndDeletesWithIfMatch() {
        String id = Api.createDongguanBudget();
        String taskId = given().get("/api/v1/budgets/" + id + "/tasks").path("items[0].id");
        String path = "/api/v1/budgets/" + id + "/tasks/" + taskId;
        Map<String, Object> body = Map.of("kind", "KEY", "name", "任务1: 侨务业务", "plannedFunds", "600000.00");
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(428);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("plannedFunds", equalTo("600000.00"))
                .body("position", equalTo(0));
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"content\": \"走访慰问\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("content", equalTo("走访慰问"))
                .body("name", equalTo("任务1: 侨务业务"));
        given().header("If-Match", "\"1\"").delete(path).then().statusCode(412);
        given().header("If-Match", "\"2\"").delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void patchesFundsInWanYuanWithoutRescalingWhatWasNotSent() {
        String id = Api.createDongguanBudget();
        String taskId = given().get("/api/v1/budgets/" + id + "/tasks").path("items[0].id");
        String path = "/api/v1/budgets/" + id + "/tasks/" + taskId;
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"amountUnit\": \"WAN_YUAN\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("plannedFunds", equalTo("632600.00"));
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(path))
                .body("{\"amountUnit\": \"WAN_YUAN\", \"plannedFunds\": \"63.27\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("plannedFunds", equalTo("632700.00"));
    }

    @SendsInvalidRequests("an unknown kind, a blank name, a negative fund")
    @Test
    void validatesTaskInput() {
        String id = Api.createDongguanBudget();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "MAIN", "name", "x"))
                .post("/api/v1/budgets/" + id + "/tasks")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", " ", "plannedFunds", "-5"))
                .post("/api/v1/budgets/" + id + "/tasks")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("name"));
        given().get("/api/v1/budgets/" + id + "/tasks").then().body("totalItems", equalTo(7));
    }

    @Test
    void doesNotServeATaskThroughAnotherBudget() {
        String first = Api.createDongguanBudget();
        String second = Api.createDongguanBudget();
        String taskId = given().get("/api/v1/budgets/" + first + "/tasks").path("items[0].id");
        given().get("/api/v1/budgets/" + second + "/tasks/" + taskId).then().statusCode(404);
    }
}
