package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Next year's draft and the history-aware review: the Dongguan 2024 table is approved and self-evaluated, its 2025
 * successor copies goal, tasks and indicators with their lineage, and a 2025 target that asks less than the 2024
 * actual is reported with both figures and years, while an unchanged target is not.
 */
@QuarkusTest
class SuccessorApiTest {

    private String code;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    @Test
    void successorCopiesTheTableAndItsReviewComparesWithLastYearsSelfEvaluation() {
        code = Api.uniqueCode("HIS");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String id2024 = Api.approved(code, Api.dongguanBudget(department));
        String budget2024 = "/api/v1/budgets/" + id2024;
        List<Map<String, Object>> indicators2024 =
                editor().get(budget2024 + "/indicators?size=100").path("items");
        List<String> tasks2024 = editor().get(budget2024 + "/tasks?size=100").path("items.id");

        // the 2024 self-evaluation: 320篇 pushed against ≥300篇, everything else exactly on target (5次 against ≥5次)
        List<Map<String, Object>> actuals = new ArrayList<>();
        for (Map<String, Object> indicator : indicators2024) {
            String actual = indicator.get("name").equals("公众号发布推送篇数") ? "320篇" : onTarget(indicator);
            actuals.add(
                    actual.equals("达成")
                            ? Map.of(
                                    "indicatorId", indicator.get("id"), "actual", "达成", "qualitativeScorePercent", "95")
                            : Map.of("indicatorId", indicator.get("id"), "actual", actual));
        }
        List<Map<String, Object>> spending = tasks2024.stream()
                .map(t -> Map.<String, Object>of("taskId", t, "actualSpending", "10.50"))
                .toList();
        editor().contentType(ContentType.JSON)
                .body(Map.of(
                        "adjustedBudget", "8427400.00", "spent", "8427400.00", "actuals", actuals, "tasks", spending))
                .post(budget2024 + "/self-evaluations")
                .then()
                .statusCode(201);

        // next year's draft: goal, tasks, indicators copied and linked; amounts and funds left blank
        io.restassured.response.Response created = editor().contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2025))
                .post(budget2024 + "/successor")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/budgets/[0-9a-f-]{36}$"))
                .body("predecessorId", equalTo(id2024))
                .body("fiscalYear", equalTo(2025))
                .body("copied.overallGoal", equalTo(true))
                .body("copied.tasks", equalTo(7))
                .body("copied.indicators", equalTo(25))
                .body("copied.amounts", equalTo(false))
                .body(
                        "leftBlank",
                        hasItems("amounts.basicExpenditure", "amounts.fiscalAppropriation", "tasks[0].plannedFunds"))
                .extract()
                .response();
        JsonPath report = created.jsonPath();
        String location = created.header("Location");
        String id2025 = report.getString("id");
        assertThat(location).endsWith("/api/v1/budgets/" + id2025);
        editor().contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2025))
                .post(budget2024 + "/successor")
                .then()
                .statusCode(409)
                .body("code", equalTo("DUPLICATE_BUDGET"));
        String budget2025 = "/api/v1/budgets/" + id2025;
        JsonPath doc = editor().get(budget2025).then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("status")).isEqualTo("DRAFT");
        assertThat(doc.getInt("fiscalYear")).isEqualTo(2025);
        assertThat(doc.getString("amounts.basicExpenditure")).isNull();
        assertThat(doc.getString("tasks[0].plannedFunds")).isNull();
        assertThat(doc.getString("tasks[0].predecessorId")).isEqualTo(tasks2024.get(0));
        assertThat(doc.getString("overallGoal"))
                .isEqualTo(editor().get(budget2024).path("overallGoal"));
        assertThat(doc.getString("indicators[0].predecessorId"))
                .isEqualTo(indicators2024.get(0).get("id"));
        assertThat(doc.getString("indicators[0].annualValue")).isEqualTo("≥300篇");
        // recorded like a created table
        editor().get(budget2025 + "/history").then().body("items[0].operation", equalTo("CREATE"));

        // unchanged targets raise nothing: the 2025 review compares with 2024 and finds no weaker target
        assertThat(historyFindings(budget2025)).isEmpty();

        // 公众号发布推送篇数 lowered to ≥310篇: above the 2024 target, below the 2024 actual 320篇
        String indicator = doc.getString("indicators[0].id");
        editor().contentType(Api.MERGE_PATCH)
                .header("If-Match", doc.getString("indicators[0].version"))
                .body(Map.of("annualValue", "≥310篇"))
                .patch(budget2025 + "/indicators/" + indicator)
                .then()
                .statusCode(200)
                .body("predecessorId", equalTo(indicators2024.get(0).get("id")));
        List<Map<String, Object>> findings = historyFindings(budget2025);
        assertThat(findings).hasSize(1);
        Map<String, Object> finding = findings.get(0);
        assertThat(finding.get("severity")).isEqualTo("WARNING");
        assertThat(finding.get("indicatorId")).isEqualTo(indicator);
        assertThat(finding.get("field")).isEqualTo("indicators[0].annualValue");
        assertThat((String) finding.get("messageEn"))
                .contains("2025 target ≥310篇", "2024 actual 320篇", "2024 target was ≥300篇");
        assertThat((String) finding.get("messageZh")).contains("2025年目标 ≥310篇", "2024年实际完成值 320篇");
    }

    @Test
    void lineageOutlivesADeletedPredecessor() {
        code = Api.uniqueCode("LIN");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String draft = editor().contentType(ContentType.JSON)
                .body(Api.dongguanBudget(department).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String next = editor().contentType(ContentType.JSON)
                .body(Map.of("copyAmounts", true))
                .post("/api/v1/budgets/" + draft + "/successor")
                .then()
                .statusCode(201)
                .body("fiscalYear", equalTo(2025))
                .body("copied.amounts", equalTo(true))
                .body("leftBlank.size()", equalTo(0))
                .extract()
                .path("id");
        editor().get("/api/v1/budgets/" + next).then().body("amounts.basicExpenditure", equalTo("5505100.00"));
        // a year that is not later is refused; another department's editor does not see the table
        editor().contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2024))
                .post("/api/v1/budgets/" + draft + "/successor")
                .then()
                .statusCode(400);
        Api.as(Api.editorOf(Api.uniqueCode("OTHER")))
                .post("/api/v1/budgets/" + draft + "/successor")
                .then()
                .statusCode(404);
        // deleting the predecessor only forgets the link
        editor().header("If-Match", "*")
                .delete("/api/v1/budgets/" + draft)
                .then()
                .statusCode(204);
        editor().get("/api/v1/budgets/" + next)
                .then()
                .statusCode(200)
                .body("indicators[0].predecessorId", nullValue())
                .body("tasks[0].predecessorId", nullValue());
    }

    /** The R-HIS-1 findings of a fresh review of the table. */
    private List<Map<String, Object>> historyFindings(String budget) {
        List<Map<String, Object>> findings = editor().post(budget + "/reviews")
                .then()
                .statusCode(201)
                .body("result.ruleSetVersion", equalTo("2026.2"))
                .extract()
                .path("result.findings");
        return findings.stream()
                .filter(f ->
                        f.get("ruleId").equals("R-HIS-1") && f.get("status").equals("FAIL"))
                .toList();
    }

    /** What meets the annual target exactly: its number and unit, or 达成 for a qualitative one. */
    @SuppressWarnings("unchecked")
    private static String onTarget(Map<String, Object> indicator) {
        Map<String, Object> target = (Map<String, Object>) indicator.get("annualTarget");
        return target.get("number") == null
                ? "达成"
                : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
    }
}
