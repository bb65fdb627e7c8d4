package org.budgetperf.reconciliation;

import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** Reconciliation runs are recorded against the version they checked, and never rewritten. */
@QuarkusTest
class ReconciliationApiTest {

    @Test
    void reconcilesDongguan2024AsBalancedWithDevelopmentSpending() {
        String budget = Api.createDongguanBudget();
        String etag = Api.etag("/api/v1/budgets/" + budget);
        given().post("/api/v1/budgets/" + budget + "/reconciliations")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/reconciliations/"))
                .body("kind", equalTo("RECONCILIATION"))
                .body("budgetVersion", equalTo(etag))
                .body("ruleSetVersion", equalTo("2026.1"))
                .body("recordedBy", equalTo("test-worker"))
                .body("outcome", equalTo("BALANCED"))
                .body("current", equalTo(true))
                .body("result.overall", equalTo("BALANCED"))
                .body("result.results[0].ruleId", equalTo("R-BUD-1"))
                .body("result.results[0].status", equalTo("PASS"))
                .body("result.results[0].convention", equalTo("WITH_DEVELOPMENT"))
                .body("result.results[0].expected", equalTo("8427400.00"))
                .body("result.results[0].messageEn", org.hamcrest.Matchers.containsString("293,000.00"))
                .body("result.results[1].ruleId", equalTo("R-BUD-2"))
                .body("result.results[1].status", equalTo("NOT_VERIFIABLE"))
                .body("result.results[1].expected", equalTo("293000.00"))
                .body("result.results[1].field", equalTo("amounts.cityLevelFunds"))
                .body("result.results[2].ratio", equalTo("71.65"))
                .body("result.results[3].status", equalTo("PASS"));
    }

    @Test
    void reconcilesZhanjiangByBasicPlusProject() {
        for (String[] c : new String[][] {{RealData.ZHANJIANG_2023, "29.68"}, {RealData.ZHANJIANG_2024, "33.25"}}) {
            String code = Api.uniqueCode("ZJR");
            Api.createDepartment(code, "湛江市人力资源和社会保障局");
            String budget = Api.as(Api.editorOf(code))
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .body(RealData.bytes(c[0]))
                    .post("/api/v1/budget-imports?departmentCode=" + code)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("budgetId");
            given().post("/api/v1/budgets/" + budget + "/reconciliations")
                    .then()
                    .statusCode(201)
                    .body("outcome", equalTo("BALANCED"))
                    .body("result.results[0].convention", equalTo("BASIC_PLUS_PROJECT"))
                    .body("result.results[2].ratio", equalTo(c[1]));
        }
    }

    @Test
    void keepsRecordedRunsWhenTheTableChangesAndMarksThemHistorical() {
        String budget = Api.createDongguanBudget();
        String path = "/api/v1/budgets/" + budget;
        String first = given().post(path + "/reconciliations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(path))
                .body("{\"amounts\": {\"otherFunds\": \"0.01\"}}")
                .patch(path)
                .then()
                .statusCode(200);
        String second = given().post(path + "/reconciliations")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("UNBALANCED"))
                .body("result.results[0].status", equalTo("FAIL"))
                .body("result.results[0].difference", equalTo("0.01"))
                .extract()
                .path("id");
        given().get(path + "/reconciliations")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(second))
                .body("items[0].current", equalTo(true))
                .body("items[1].id", equalTo(first))
                .body("items[1].current", equalTo(false))
                .body("items[1].outcome", equalTo("BALANCED"));
        given().get(path + "/reconciliations/" + first)
                .then()
                .statusCode(200)
                .body("result.results[0].status", equalTo("PASS"));
    }

    @SendsInvalidRequests("a negative amount")
    @Test
    void previewsWithoutRecordingAnything() {
        ObjectNode table = (ObjectNode) Api.dongguanSample().get("budget");
        given().contentType(ContentType.JSON)
                .body(table.toString())
                .post("/api/v1/reconciliation-previews")
                .then()
                .statusCode(200)
                .body("overall", equalTo("BALANCED"))
                .body("results", hasSize(5));
        ((ObjectNode) table.get("amounts")).put("fiscalAppropriation", "842.740001");
        given().contentType(ContentType.JSON)
                .body(table.toString())
                .post("/api/v1/reconciliation-previews")
                .then()
                .statusCode(200)
                .body("overall", equalTo("UNBALANCED"))
                .body("results[0].difference", equalTo("0.01"));
        ((ObjectNode) table.get("amounts")).put("basicExpenditure", "-1");
        given().contentType(ContentType.JSON)
                .body(table.toString())
                .post("/api/v1/reconciliation-previews")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("amounts.basicExpenditure"));
        String budget = Api.createDongguanBudget();
        given().get("/api/v1/budgets/" + budget + "/reconciliations").then().body("totalItems", equalTo(0));
    }

    @Test
    void letsTheDepartmentAndTheBureauRunItButNotIntegrators() {
        String code = Api.uniqueCode("RR");
        String department = Api.createDepartment(code, "对账部门");
        String budget = Api.createBudget(Api.dongguanBudget(department))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/budgets/" + budget + "/reconciliations";
        Api.as(Api.tokenWith(Roles.READER)).post(path).then().statusCode(403);
        Api.as(Api.editorOf("OTHER")).post(path).then().statusCode(404);
        Api.as(Api.editorOf(code)).post(path).then().statusCode(201).body("recordedBy", equalTo("editor-" + code));
        Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER)).post(path).then().statusCode(201);
        Api.as(Api.tokenWith(Roles.READER)).get(path).then().statusCode(200).body("totalItems", equalTo(2));
        Api.as(Api.editorOf("OTHER")).get(path).then().statusCode(404);
        given().get(path + "/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/budgets/" + budget).then().body("amounts.cityLevelFunds", nullValue());
    }
}
