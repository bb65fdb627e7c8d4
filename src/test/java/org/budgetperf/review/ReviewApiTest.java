package org.budgetperf.review;

import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/** The machine review a finance bureau runs before approving, recorded and pointing at what it found. */
@QuarkusTest
class ReviewApiTest {

    @Test
    void reviewsDongguan2024AsSubmittableWithWarningsPointingAtIndicators() {
        String budget = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + budget;
        List<String> indicatorIds = given().get(path + "/indicators?size=25").path("items.id");
        given().post(path + "/reviews")
                .then()
                .statusCode(201)
                .body("kind", equalTo("REVIEW"))
                .body("outcome", equalTo("SUBMITTABLE"))
                .body("result.submittable", equalTo(true))
                .body("result.blocking", hasSize(0))
                .body(
                        "result.findings.find { it.ruleId == 'R-FW-2' && it.status == 'FAIL' }.severity",
                        equalTo("WARNING"))
                .body(
                        "result.findings.find { it.ruleId == 'R-VAL-1' && it.status == 'FAIL' }.field",
                        equalTo("indicators[13].periodValue"))
                .body(
                        "result.findings.find { it.ruleId == 'R-VAL-1' && it.status == 'FAIL' }.indicatorId",
                        equalTo(indicatorIds.get(13)))
                .body(
                        "result.findings.findAll { it.ruleId == 'R-VAL-6' && it.status == 'FAIL' }.indicatorId",
                        hasItem(indicatorIds.get(5)));
    }

    @Test
    void blocksZhanjiang2024OnFrameworkMismatchesAndZhanjiang2023OnTargetsThatAreNotTargets() {
        String y2024 = importTable(RealData.ZHANJIANG_2024);
        given().post("/api/v1/budgets/" + y2024 + "/reviews")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("NOT_SUBMITTABLE"))
                .body("result.blocking.ruleId", hasItem("R-FW-1"))
                .body(
                        "result.blocking.find { it.ruleId == 'R-FW-1' }.indicatorId",
                        org.hamcrest.Matchers.notNullValue());
        String y2023 = importTable(RealData.ZHANJIANG_2023);
        given().post("/api/v1/budgets/" + y2023 + "/reviews")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("NOT_SUBMITTABLE"))
                .body("result.blocking.findAll { it.ruleId == 'R-VAL-3' }", hasSize(4));
    }

    @Test
    void flagsARateWrittenAsAFraction() {
        // In the Zhanjiang xlsx the 1 of 资金在规定时间内下达率 carries a percent format and shows as 100%:
        // the importer reads what the form shows (and reports it); a 1 typed as such is flagged here.
        com.fasterxml.jackson.databind.node.ObjectNode table = (com.fasterxml.jackson.databind.node.ObjectNode)
                Api.dongguanSample().get("budget");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        table.get("indicators").get(15))
                .put("annualValue", "1");
        given().contentType(ContentType.JSON)
                .body(table.toString())
                .post("/api/v1/review-previews")
                .then()
                .statusCode(200)
                .body("blocking.ruleId", hasItem("R-VAL-2"))
                .body("blocking.find { it.ruleId == 'R-VAL-2' }.field", equalTo("indicators[15].annualValue"));
    }

    private static String importTable(String file) {
        String code = Api.uniqueCode("ZJV");
        Api.createDepartment(code, "湛江市人力资源和社会保障局");
        return Api.as(Api.editorOf(code))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(RealData.bytes(file))
                .post("/api/v1/budget-imports?departmentCode=" + code)
                .then()
                .statusCode(201)
                .extract()
                .path("budgetId");
    }

    @Test
    void previewsAnUnsavedTable() {
        given().contentType(ContentType.JSON)
                .body("{\"fiscalYear\": 2024}")
                .post("/api/v1/review-previews")
                .then()
                .statusCode(200)
                .body("submittable", equalTo(false))
                .body("blocking.ruleId", hasItem("R-REV-1"))
                .body("blocking.field", hasItem("department.name"));
        given().contentType(ContentType.JSON)
                .body(Api.dongguanSample().get("budget").toString())
                .post("/api/v1/review-previews")
                .then()
                .statusCode(200)
                .body("submittable", equalTo(false))
                .body("blocking[0].field", equalTo("department.name"));
    }
}
