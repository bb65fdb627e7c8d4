package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/**
 * Monitoring during the year and the self-evaluation after it, through the API, on approved tables.
 *
 * <p>The self-evaluation case is the real Yuzhong 2021 form (src/test/resources/real/): its ten scored
 * indicators, weights, targets and actuals are entered through the API and scored under the default
 * weights 2026.1 (产出 50, 效益 30, 满意度 10, 预算执行率 10). By hand (see also
 * {@code YuzhongSelfEvaluationTest}): every indicator meets its target, so each group earns its weight
 * (产出 50.00, 效益 30.00, 满意度 10.00); 预算执行率 = 6643 / 7574 = 87.71 %, 2.29 points below 90 %, one
 * started 5 % step → 10 − 1 = 9.00; total 99.00 → 优. 新增区级创业孵化基地数量 reached 3 against ≥1 (≥ 130 %
 * of target), so R-SCO-8 requires an explanation, and below 90 % execution a reason is required.
 */
@QuarkusTest
class EvaluationApiTest {

    private String code;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    private static RequestSpecification reviewer() {
        return Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER));
    }

    private String approved(ObjectNode request) {
        return Api.approved(code, request);
    }

    @Test
    void scoresTheYuzhong2021FormLineByLine() throws IOException {
        SelfEvaluationForm form;
        try (InputStream in = RealData.stream(RealData.YUZHONG_2021)) {
            form = new SelfEvaluationFormReader().read(in);
        }
        code = Api.uniqueCode("YZ");
        ObjectNode table = Api.minimalBudget(Api.createDepartment(code, "渝中区就业和人才中心"), 2021);
        table.put("amountUnit", "WAN_YUAN");
        table.putObject("amounts")
                .put("basicExpenditure", "0")
                .put("projectExpenditure", "7574")
                .put("fiscalAppropriation", "7574")
                .put("otherFunds", "0");
        table.put("overallGoal", form.annualGoal());
        table.putArray("tasks")
                .addObject()
                .put("kind", "KEY")
                .put("name", form.projectName())
                .put("content", "就业补助资金发放")
                .put("plannedFunds", "75740000.00")
                .put("expectedOutcome", form.annualGoal());
        ArrayNode indicators = table.putArray("indicators");
        List<SelfEvaluationForm.Indicator> scored = form.indicators().subList(0, 10);
        for (SelfEvaluationForm.Indicator row : scored) {
            String level1 = row.level1().contains("产出") ? "产出指标" : row.level1().contains("效益") ? "效益指标" : "满意度指标";
            String level2 = level1.equals("产出指标")
                    ? (row.name().contains("数量") ? "数量指标" : "质量指标")
                    : level1.equals("效益指标") ? "社会效益指标" : "服务对象满意度指标";
            indicators
                    .addObject()
                    .put("level1", level1)
                    .put("level2", level2)
                    .put("name", row.name())
                    .put("annualValue", row.target())
                    .put("weight", row.weight().toPlainString())
                    .put("taskIndex", 0);
        }
        String id = approved(table);
        List<String> ids = editor().get("/api/v1/budgets/" + id + "/indicators").path("items.id");

        ObjectNode evaluation = Api.JSON.createObjectNode();
        evaluation.put("amountUnit", "WAN_YUAN").put("adjustedBudget", "7574").put("spent", "6643");
        ArrayNode actuals = evaluation.putArray("actuals");
        for (int i = 0; i < scored.size(); i++) {
            actuals.addObject()
                    .put("indicatorId", ids.get(i))
                    .put("actual", scored.get(i).actual());
        }
        String path = "/api/v1/budgets/" + id + "/self-evaluations";
        editor().contentType(ContentType.JSON)
                .body(evaluation.toString())
                .post(path)
                .then()
                .statusCode(422)
                .body("code", equalTo("EVALUATION_INCOMPLETE"))
                .body("violations.field", hasItem("actuals[0].deviationExplanation"))
                .body("violations.field", hasItem("executionShortfallReason"));
        editor().get(path).then().body("totalItems", equalTo(0));

        ((ObjectNode) actuals.get(0)).put("deviationExplanation", "创业孵化基地建设进度快于预期");
        evaluation.put("executionShortfallReason", "部分补贴按规定结转下年发放");
        editor().contentType(ContentType.JSON)
                .body(evaluation.toString())
                .post(path + "?preview=true")
                .then()
                .statusCode(200)
                .body("total", equalTo("99.00"));
        editor().get(path).then().body("totalItems", equalTo(0));

        // the table declares only its ten indicators' weights (40 + 15 + 15 = 70): "as declared" refuses them, naming
        // the table's weights, and records nothing; an unknown set is named as the request's field
        evaluation.put("weightSet", "as-declared");
        editor().contentType(ContentType.JSON)
                .body(evaluation.toString())
                .post(path + "?preview=true")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("table.indicators.weight"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("add up to 70"));
        evaluation.put("weightSet", "no-such-set");
        editor().contentType(ContentType.JSON)
                .body(evaluation.toString())
                .post(path)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("weightSet"));
        editor().get(path).then().body("totalItems", equalTo(0));
        evaluation.remove("weightSet");

        String run = editor().contentType(ContentType.JSON)
                .body(evaluation.toString())
                .post(path)
                .then()
                .statusCode(201)
                .body("kind", equalTo("SELF_EVALUATION"))
                .body("outcome", equalTo("优"))
                .body("revision", equalTo(1))
                .body("result.outcome.total", equalTo("99.00"))
                .body("result.outcome.grade", equalTo("优"))
                .body("result.outcome.weightSet", equalTo("national")) // the framework's default, kept with the run
                .body("result.outcome.weightsVersion", equalTo("2026.1"))
                .body("result.outcome.budgetExecution.ratePercent", equalTo("87.71"))
                .body("result.outcome.budgetExecution.score", equalTo("9.00"))
                .body("result.outcome.indicators", hasSize(10))
                .body("result.outcome.indicators[0].weight", equalTo("18.75"))
                .body("result.outcome.indicators[0].score", equalTo("18.75"))
                .body("result.outcome.indicators[1].weight", equalTo("6.25"))
                .body("result.outcome.indicators[6].weight", equalTo("10.00"))
                .body("result.outcome.indicators[9].score", equalTo("10.00"))
                .body("result.outcome.groups.find { it.group == 'OUTPUT' }.score", equalTo("50.00"))
                .body("result.outcome.groups.find { it.group == 'OUTCOME' }.score", equalTo("30.00"))
                .body("result.outcome.groups.find { it.group == 'SATISFACTION' }.score", equalTo("10.00"))
                .body("result.input.executionShortfallReason", equalTo("部分补贴按规定结转下年发放"))
                .extract()
                .path("id");
        // the refused and previewed evaluations appended nothing to the change feed, the recorded one exactly one event
        editor().get("/api/v1/events?type=self-evaluation.*&departmentCode=" + code)
                .then()
                .statusCode(200)
                .body("events.resource.id", equalTo(List.of(run)))
                .body("events[0].links.self", equalTo(path + "/" + run))
                .body("events[0].data.outcome", equalTo("优"));

        editor().get(path + "/" + run)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("json"))
                .body("result.outcome.grade", equalTo("优"));
        byte[] xlsx = editor().get(path + "/" + run + "/export")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"" + run + "\""))
                .header("Content-Disposition", containsString("filename=\"self-evaluation-" + run + ".xlsx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            String text = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(workbook).getText();
            org.assertj.core.api.Assertions.assertThat(text).contains("新增区级创业孵化基地数量", "99", "优");
        }
    }

    @Test
    void reportsMonitoringLightsAndRequiresCausesForWhatIsBehind() {
        code = Api.uniqueCode("MON");
        String id = approved(Api.dongguanBudget(Api.createDepartment(code, "东莞市归国华侨联合会")));
        List<Map<String, Object>> indicators =
                editor().get("/api/v1/budgets/" + id + "/indicators?size=100").path("items");
        String path = "/api/v1/budgets/" + id + "/monitoring-reports";
        // Every indicator reports its progress; all but the first are on track (expected = target).
        List<Map<String, Object>> onTrack =
                indicators.stream().skip(1).map(EvaluationApiTest::onTrack).toList();
        List<Map<String, Object>> progress = new java.util.ArrayList<>();
        progress.add(
                Map.of("indicatorId", indicators.get(0).get("id"), "valueToDate", "120篇", "expectedYearEnd", "250篇"));
        progress.addAll(onTrack);
        Map<String, Object> report = Map.of("month", 6, "spentToDate", "3000000.00", "indicators", progress);
        editor().contentType(ContentType.JSON)
                .body(report)
                .post(path)
                .then()
                .statusCode(422)
                .body("code", equalTo("EVALUATION_INCOMPLETE"))
                .body("violations.field", equalTo(List.of("indicators[0].cause", "indicators[0].measure")));

        progress.set(
                0,
                Map.of(
                        "indicatorId",
                        indicators.get(0).get("id"),
                        "valueToDate",
                        "120篇",
                        "expectedYearEnd",
                        "250篇",
                        "cause",
                        "上半年活动延期",
                        "measure",
                        "下半年加密推送"));
        // executed 3,000,000 / 8,427,400 = 35.60 %; v = 35.60 % ÷ (6 / 12) = 71.20 → yellow (60 ≤ v < 80);
        // 公众号发布推送篇数 expected 250 of ≥300 = 83.33 % of the target → yellow (≥ 80).
        String first = editor().contentType(ContentType.JSON)
                .body(Map.of("month", 6, "spentToDate", "3000000.00", "indicators", progress))
                .post(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .body("month", equalTo(6))
                .body("outcome", equalTo("YELLOW"))
                .body("result.outcome.execution.executionRatePercent", equalTo("35.60"))
                .body("result.outcome.execution.value", equalTo("71.20"))
                .body("result.outcome.indicators[0].light", equalTo("YELLOW"))
                .body("result.outcome.indicators[1].light", equalTo("GREEN"))
                .extract()
                .path("id");
        String second = editor().contentType(ContentType.JSON)
                .body(Map.of("month", 6, "spentToDate", "4300000.00", "indicators", onTrackAll(indicators)))
                .post(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .body("outcome", equalTo("GREEN"))
                .extract()
                .path("id");
        editor().get(path)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.id == '" + second + "' }.superseded", equalTo(false))
                .body("items.find { it.id == '" + first + "' }.superseded", equalTo(true));
        reviewer().contentType(ContentType.JSON).body(report).post(path).then().statusCode(403);
    }

    /**
     * An evaluation line shows its target's operator in the form the table shows it (≥, not GE) as
     * {@code operatorSymbol}: in a monitoring report as recorded and as read back from storage, and in a
     * self-evaluation's lines. The name form stays in the deprecated {@code operator} for one version.
     */
    @Test
    void writesEveryOutcomeOperatorAsTheTableWritesIt() {
        code = Api.uniqueCode("OPS");
        String id = approved(Api.dongguanBudget(Api.createDepartment(code, "东莞市归国华侨联合会")));
        List<Map<String, Object>> indicators =
                editor().get("/api/v1/budgets/" + id + "/indicators?size=100").path("items");
        List<String> tableOperators =
                indicators.stream().map(EvaluationApiTest::annualOperator).toList();
        assertThat(tableOperators).contains("≥").containsNull(); // quantitative and qualitative targets alike

        String path = "/api/v1/budgets/" + id + "/monitoring-reports";
        List<Map<String, Object>> recorded = editor().contentType(ContentType.JSON)
                .body(Map.of("month", 6, "spentToDate", "4300000.00", "indicators", onTrackAll(indicators)))
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("result.outcome.indicators");
        String run = editor().get(path).path("items[0].id");
        List<Map<String, Object>> readBack =
                editor().get(path + "/" + run).then().statusCode(200).extract().path("result.outcome.indicators");
        Map<String, Object> evaluation = Map.of(
                "adjustedBudget",
                "8427400.00",
                "spent",
                "8000000.00",
                "actuals",
                onTrackAll(indicators).stream()
                        .map(p -> Map.of("indicatorId", p.get("indicatorId"), "actual", p.get("expectedYearEnd")))
                        .toList());
        List<Map<String, Object>> scored = editor().contentType(ContentType.JSON)
                .body(evaluation)
                .post("/api/v1/budgets/" + id + "/self-evaluations?preview=true")
                .then()
                .statusCode(200)
                .extract()
                .path("indicators");

        for (List<Map<String, Object>> lines : List.of(recorded, readBack, scored)) {
            assertThat(lines).hasSize(indicators.size());
            for (Map<String, Object> line : lines) {
                int index = (Integer) line.get("indicatorIndex");
                @SuppressWarnings("unchecked")
                Map<String, Object> target = (Map<String, Object>) line.get("target");
                assertThat(line.get("name")).isEqualTo(indicators.get(index).get("name"));
                assertThat(target.get("operatorSymbol"))
                        .as("the operator of %s", line.get("name"))
                        .isEqualTo(tableOperators.get(index));
                assertThat(target.get("operator"))
                        .as("the deprecated name of %s", line.get("name"))
                        .isEqualTo(NAMES.get(tableOperators.get(index)));
            }
        }
    }

    /** The deprecated name form of each symbol (none for a target without an operator). */
    private static final Map<String, String> NAMES =
            new java.util.HashMap<>(Map.of("≥", "GE", "≤", "LE", "=", "EQ", ">", "GT", "<", "LT"));

    @SuppressWarnings("unchecked")
    private static String annualOperator(Map<String, Object> indicator) {
        Map<String, Object> target = (Map<String, Object>) indicator.get("annualTarget");
        return target == null ? null : (String) target.get("operator");
    }

    private static List<Map<String, Object>> onTrackAll(List<Map<String, Object>> indicators) {
        return indicators.stream().map(EvaluationApiTest::onTrack).toList();
    }

    /** Progress that expects exactly the annual target: its number and unit, or 达成 for a qualitative one. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> onTrack(Map<String, Object> indicator) {
        Map<String, Object> target = (Map<String, Object>) indicator.get("annualTarget");
        String expected = target.get("number") == null
                ? "达成"
                : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
        return Map.of("indicatorId", indicator.get("id"), "expectedYearEnd", expected);
    }

    @Test
    void evaluatesOnlyApprovedTables() {
        code = Api.uniqueCode("DRF");
        String id = editor().contentType(ContentType.JSON)
                .body(Api.dongguanBudget(Api.createDepartment(code, "草稿")).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        editor().contentType(ContentType.JSON)
                .body(Map.of("month", 3, "spentToDate", "1.00"))
                .post("/api/v1/budgets/" + id + "/monitoring-reports")
                .then()
                .statusCode(409);
        editor().contentType(ContentType.JSON)
                .body(Map.of("adjustedBudget", "1.00", "spent", "1.00"))
                .post("/api/v1/budgets/" + id + "/self-evaluations")
                .then()
                .statusCode(409);
    }
}
