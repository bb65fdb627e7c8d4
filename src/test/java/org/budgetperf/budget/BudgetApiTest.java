package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetApiTest {

    @Test
    void rejectsASecondTableForTheSameDepartmentAndYear() {
        String departmentId = Api.createDepartment();
        Api.createBudget(Api.minimalBudget(departmentId, 2024)).then().statusCode(201);
        Api.createBudget(Api.minimalBudget(departmentId, 2024))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_BUDGET"));
        Api.createBudget(Api.minimalBudget(departmentId, 2025)).then().statusCode(201);
    }

    @Test
    void rejectsAnUnknownDepartmentOrFramework() {
        Api.createBudget(Api.minimalBudget(java.util.UUID.randomUUID().toString(), 2024))
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("departmentId"));
        ObjectNode body = Api.minimalBudget(Api.createDepartment(), 2024);
        body.put("frameworkCode", "no-such-framework");
        Api.createBudget(body).then().statusCode(400).body("violations[0].field", equalTo("frameworkCode"));
    }

    @Test
    void listsWithFiltersInAStableOrder() {
        String a = Api.createDepartment();
        String b = Api.createDepartment();
        Api.createBudget(Api.minimalBudget(a, 2023)).then().statusCode(201);
        Api.createBudget(Api.minimalBudget(a, 2024)).then().statusCode(201);
        Api.createBudget(Api.minimalBudget(b, 2024)).then().statusCode(201);

        given().get("/api/v1/budgets?departmentId=" + a)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.fiscalYear", equalTo(List.of(2024, 2023)))
                .body("items[0].department.id", equalTo(a))
                .body("items[0].status", equalTo("DRAFT"));
        given().get("/api/v1/budgets?departmentId=" + a + "&fiscalYear=2023")
                .then()
                .body("items", hasSize(1))
                .body("items[0].fiscalYear", equalTo(2023));
        given().get("/api/v1/budgets?departmentId=" + b + "&status=DRAFT")
                .then()
                .body("items", hasSize(1));
        given().get("/api/v1/budgets?departmentId=" + b + "&status=APPROVED")
                .then()
                .body("items", hasSize(0));

        List<String> first =
                given().get("/api/v1/budgets?size=5").then().extract().path("items.id");
        List<String> again =
                given().get("/api/v1/budgets?size=5").then().extract().path("items.id");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void updatesTheHeaderWithIfMatchAndKeepsBlankAsBlank() {
        String id = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + id;
        String etag = Api.etag(path);
        Map<String, Object> update = Map.of(
                "fiscalYear",
                2024,
                "amountUnit",
                "YUAN",
                "amounts",
                Map.of("basicExpenditure", "5505100.00", "cityLevelFunds", "293000.00"),
                "overallGoal",
                "第一段\n第二段 1 < 2");
        given().contentType(ContentType.JSON).body(update).put(path).then().statusCode(428);
        String newTag = given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(update)
                .put(path)
                .then()
                .statusCode(200)
                .body("amounts.cityLevelFunds", equalTo("293000.00"))
                .body("amounts.projectExpenditure", nullValue())
                .body("overallGoal", equalTo("<p>第一段</p><p>第二段 1 &lt; 2</p>"))
                .body("overallGoalParagraphs", equalTo(List.of("第一段", "第二段 1 < 2")))
                .body("tasks", hasSize(7))
                .extract()
                .header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(update)
                .put(path)
                .then()
                .statusCode(412);
    }

    @Test
    void sanitisesTheOverallGoalButKeepsItsParagraphs() {
        ObjectNode body = Api.minimalBudget(Api.createDepartment(), 2024);
        body.put(
                "overallGoal",
                "<p onclick=\"steal()\">目标一:<script>alert(1)</script>服务</p> <p>目标二:<a href=\"javascript:x\">宣传</a></p><img src=x onerror=alert(1)>");
        Api.createBudget(body)
                .then()
                .statusCode(201)
                .body("overallGoal", equalTo("<p>目标一:服务</p> <p>目标二:宣传</p>"))
                .body("overallGoalParagraphs", equalTo(List.of("目标一:服务", "目标二:宣传")));
    }

    @Test
    void patchesAmountsInWanYuan() {
        String id = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + id;
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(path))
                .body("{\"amountUnit\": \"WAN_YUAN\", \"amounts\": {\"cityLevelFunds\": \"29.30\"}}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("amounts.cityLevelFunds", equalTo("293000.00"))
                .body("amounts.basicExpenditure", equalTo("5505100.00"))
                .body("amountUnit", equalTo("YUAN"));
    }

    @Test
    void changingATaskChangesTheTablesETag() {
        String id = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + id;
        String before = Api.etag(path);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "任务7: 新任务", "plannedFunds", "1000.00"))
                .post(path + "/tasks")
                .then()
                .statusCode(201);
        assertThat(Api.etag(path)).isNotEqualTo(before);
        given().contentType(ContentType.JSON)
                .header("If-Match", before)
                .body(Map.of("fiscalYear", 2024))
                .put(path)
                .then()
                .statusCode(412);
    }

    @Test
    void answersNotModifiedForTheCurrentETagAndNeverServesAStaleDocument() {
        String departmentId = Api.createDepartment();
        String id = Api.createBudget(Api.dongguanBudget(departmentId))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/budgets/" + id;
        String etag = Api.etag(path);
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);

        String departmentTag = Api.etag("/api/v1/departments/" + departmentId);
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", departmentTag)
                .body("{\"name\": \"更名后的部门\"}")
                .patch("/api/v1/departments/" + departmentId)
                .then()
                .statusCode(200);
        given().get(path).then().statusCode(200).body("department.name", equalTo("更名后的部门"));

        String taskId = given().get(path + "/tasks").path("items[0].id");
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"plannedFunds\": \"1.00\"}")
                .patch(path + "/tasks/" + taskId)
                .then()
                .statusCode(200);
        given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(200)
                .body("tasks[0].plannedFunds", equalTo("1.00"))
                .body("totals.keyTaskFunds", equalTo("1251401.00"));
    }

    @Test
    void deletesATableWithItsRows() {
        String id = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + id;
        given().header("If-Match", "\"999\"").delete(path).then().statusCode(412);
        given().header("If-Match", Api.etag(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
        given().get(path + "/tasks").then().statusCode(404);
    }
}
