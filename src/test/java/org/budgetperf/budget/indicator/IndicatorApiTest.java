package org.budgetperf.budget.indicator;

import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorApiTest {

    private static Map<String, Object> indicator(
            String level1, String level2, String name, String period, String annual) {
        Map<String, Object> body = new HashMap<>();
        body.put("level1", level1);
        body.put("level2", level2);
        body.put("name", name);
        body.put("periodValue", period);
        body.put("annualValue", annual);
        return body;
    }

    @Test
    void returnsValuesAsWrittenWithTheirParsedReading() {
        String id = Api.createDongguanBudget();
        given().get("/api/v1/budgets/" + id + "/indicators?size=25")
                .then()
                .statusCode(200)
                .body("items", hasSize(25))
                .body("items[4].name", equalTo("支持镇街(园区)侨胞之家个数"))
                .body("items[4].annualTarget.operator", equalTo("≤"))
                .body("items[4].annualTarget.number", equalTo("18"))
                .body("items[4].annualTarget.unit", equalTo("个"))
                .body("items[13].periodValue", equalTo("%≥95%"))
                .body("items[13].periodTarget.kind", equalTo("PERCENT"))
                .body("items[13].periodTarget.findings.code", hasItem("MALFORMED"))
                .body("items[22].annualTarget.kind", equalTo("GRADE"));
    }

    @Test
    void storesAFrameworkMismatchAsWrittenAndReportsIt() {
        String id = Api.createDongguanBudget();
        given().contentType(ContentType.JSON)
                .body(indicator("效益指标", "质量指标", "培训合格率", null, "≧95%"))
                .post("/api/v1/budgets/" + id + "/indicators")
                .then()
                .statusCode(201)
                .body("level2", equalTo("质量指标"))
                .body("findings[0].code", equalTo("FRAMEWORK_MISMATCH"))
                .body("periodTarget", nullValue())
                .body("annualTarget.operator", equalTo("≥"))
                .body("annualTarget.findings.code", hasItem("OPERATOR_NORMALISED"))
                .body("position", equalTo(25));
    }

    @Test
    void linksAnIndicatorToATaskOfTheSameBudgetOnly() {
        String id = Api.createDongguanBudget();
        String other = Api.createDongguanBudget();
        String taskId = given().get("/api/v1/budgets/" + id + "/tasks").path("items[0].id");
        String foreignTask = given().get("/api/v1/budgets/" + other + "/tasks").path("items[0].id");
        Map<String, Object> body = indicator("满意度指标", "服务对象满意度指标", "侨界群众满意度", "≥90%", "≥90%");
        body.put("taskId", foreignTask);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/budgets/" + id + "/indicators")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("taskId"));
        body.put("taskId", taskId);
        body.put("weight", "10");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/budgets/" + id + "/indicators")
                .then()
                .statusCode(201)
                .body("taskId", equalTo(taskId))
                .body("weight", equalTo("10.0000"))
                .body("findings", hasSize(0));
    }

    @Test
    void replacesPatchesAndDeletesWithIfMatch() {
        String id = Api.createDongguanBudget();
        String indicatorId =
                given().get("/api/v1/budgets/" + id + "/indicators").path("items[5].id");
        String path = "/api/v1/budgets/" + id + "/indicators/" + indicatorId;
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"periodValue\": \"≥21人次\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("name", equalTo("慰问困难归侨人次"))
                .body("periodValue", equalTo("≥21人次"))
                .body("annualValue", equalTo("7人次"))
                .body("position", equalTo(5));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(indicator("产出指标", "数量指标", "x", "1", "1"))
                .put(path)
                .then()
                .statusCode(412);
        given().header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        given().get("/api/v1/budgets/" + id + "/indicators").then().body("totalItems", equalTo(24));
    }

    @SendsInvalidRequests("taskIndex outside a whole-table request")
    @Test
    void rejectsTaskIndexOutsideAWholeTableRequest() {
        String id = Api.createDongguanBudget();
        Map<String, Object> body = indicator("产出指标", "数量指标", "x", null, "1次");
        body.put("taskIndex", 0);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/budgets/" + id + "/indicators")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("taskIndex"));
    }

    @Test
    void servesTheSeededFrameworks() {
        given().get("/api/v1/indicator-frameworks")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("guangdong-city-2024"));
        given().get("/api/v1/indicator-frameworks/guangdong-city-2024")
                .then()
                .statusCode(200)
                .body("isDefault", equalTo(true))
                .body("levels.name", equalTo(java.util.List.of("产出指标", "效益指标", "满意度指标")))
                .body("levels[0].level2", equalTo(java.util.List.of("数量指标", "质量指标", "时效指标", "成本指标")))
                .body("levels[2].level2", equalTo(java.util.List.of("服务对象满意度指标")));
        given().get("/api/v1/indicator-frameworks/nope").then().statusCode(404);
    }
}
