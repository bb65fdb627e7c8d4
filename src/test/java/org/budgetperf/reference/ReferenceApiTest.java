package org.budgetperf.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/reference/…}: real content, readable by every role, cacheable. */
@QuarkusTest
class ReferenceApiTest {

    private static final String FIELDS = "/api/v1/reference/fields";
    private static final String RULES = "/api/v1/reference/rules";
    private static final String CODES = "/api/v1/reference/codes";

    @Test
    void fieldsCarryTheFormsCaptionsTypesAndUnits() {
        JsonPath fields = read(FIELDS);
        Map<String, Object> target = field(fields, "TABLE", "indicators[].annualValue");
        assertThat(target)
                .containsEntry("captionZh", "年度指标值")
                .containsEntry("labelEn", "Annual target")
                .containsEntry("type", "target-value")
                .containsEntry("required", false);
        Map<String, Object> funds = field(fields, "TABLE", "tasks[].plannedFunds");
        assertThat(funds)
                .containsEntry("captionZh", "拟投入的资金(元)")
                .containsEntry("type", "money")
                .containsEntry("unit", "元")
                .containsEntry("formUnit", "元");
        assertThat(fields.getList("fields.find { it.path == 'tasks[].plannedFunds' }.rules", String.class))
                .contains("R-BUD-3", "R-REV-2");
        Map<String, Object> basic = field(fields, "TABLE", "amounts.basicExpenditure");
        assertThat(basic)
                .containsEntry("captionZh", "基本支出")
                .containsEntry("sectionZh", "预算整体情况 › 部门预算支出")
                .containsEntry("formUnit", "万元");
        assertThat(field(fields, "TABLE", "amounts.fiscalAppropriation"))
                .containsEntry("sectionEn", "Budget overview › Income");
        assertThat(field(fields, "TABLE", "overallGoal"))
                .containsEntry("captionZh", "总体绩效目标")
                .containsEntry("type", "html");
        Map<String, Object> kind = field(fields, "TABLE", "tasks[].kind");
        assertThat(kind).containsEntry("type", "enum").containsEntry("required", true);
        assertThat(fields.getList("fields.find { it.path == 'tasks[].kind' }.enumValues.value"))
                .containsExactly("KEY", "OTHER");
        assertThat(field(fields, "TABLE", "indicators[].name"))
                .containsEntry("captionZh", "三级指标")
                .containsEntry("maxLength", 500);
        assertThat(field(fields, "MONITORING", "indicators[].cause")).containsEntry("captionZh", "偏差原因");
        assertThat(field(fields, "MONITORING", "spentToDate"))
                .containsEntry("captionZh", "截至本月执行数")
                .containsEntry("required", true);
        assertThat(field(fields, "SELF_EVALUATION", "actuals[].actual")).containsEntry("captionZh", "全年完成值");
        assertThat(field(fields, "SELF_EVALUATION", "weightSet")).containsEntry("captionZh", null);
        assertThat(fields.getList("forms.code")).containsExactly("TABLE", "MONITORING", "SELF_EVALUATION");
        assertThat(fields.getList("fields"))
                .hasSize(FieldCatalogue.load().fields().size());
    }

    @Test
    void rulesListEveryRuleOfDocsRulesMdInBothLanguages() throws IOException {
        JsonPath rules = read(RULES);
        Map<String, String> documented = RuleCatalogueTest.documentedSeverities();
        assertThat(documented).hasSize(29);
        assertThat(rules.getList("rules.id")).containsExactlyInAnyOrderElementsOf(documented.keySet());
        documented.forEach((id, severity) -> {
            Map<String, Object> rule = rules.getMap("rules.find { it.id == '" + id + "' }");
            assertThat(rule).as(id).containsEntry("severity", severity);
            assertThat((String) rule.get("statementZh")).as(id).containsPattern("\\p{IsHan}");
            assertThat((String) rule.get("statementEn")).as(id).containsPattern("[A-Za-z]{3}");
            assertThat((String) rule.get("sourceZh")).as(id).isNotBlank();
            assertThat((String) rule.get("sourceEn")).as(id).isNotBlank();
        });
        assertThat(rules.getMap("rules.find { it.id == 'R-BUD-4' }"))
                .containsEntry("family", "RECONCILIATION")
                .containsEntry("severity", "WARNING")
                .containsEntry("statementEn", "Other-task funds equal other development spending.");
        assertThat(rules.getString("rules.find { it.id == 'R-SCO-2' }.formulaEn"))
                .contains("⌈(90 − rate) / 5⌉");
        assertThat(rules.getList("ruleSets.family"))
                .containsExactly("RECONCILIATION", "REVIEW", "MONITORING", "SCORING");
        assertThat(rules.getString("ruleSets.find { it.family == 'SCORING' }.version"))
                .isEqualTo(org.budgetperf.evaluation.domain.SelfEvaluationRuleSet.VERSION);
    }

    @Test
    void codesListProblemsViolationsAndFindingsWithExplanations() {
        JsonPath codes = read(CODES);
        assertThat(codes.getMap("problems.find { it.code == 'SUBMISSION_BLOCKED' }"))
                .containsEntry("status", 422)
                .containsEntry("type", "https://perf-targets.example/problems/submission-blocked")
                .containsEntry("title", "Findings of severity ERROR block the submission");
        assertThat(codes.getString("problems.find { it.code == 'SUBMISSION_BLOCKED' }.explanationZh"))
                .contains("提交被阻止");
        assertThat(codes.getMap("problems.find { it.code == 'PRECONDITION_REQUIRED' }"))
                .containsEntry("status", 428);
        assertThat(codes.getList("violations.code", String.class))
                .hasSize(ViolationCode.values().length)
                .contains("REQUIRED", "BLANK_CELL");
        assertThat(codes.getString("violations.find { it.code == 'BLANK_CELL' }.explanationZh"))
                .contains("空白不按 0 计");
        assertThat(codes.getList("findings.group"))
                .containsExactly("VALUE", "INDICATOR", "IMPORT", "RULE_STATUS", "RECONCILIATION_OUTCOME", "LIGHT");
        assertThat(codes.getList("findings.find { it.group == 'VALUE' }.codes.code"))
                .contains("FRACTION_FOR_RATE", "NOT_A_TARGET");
        assertThat(codes.getMap("findings.find { it.group == 'IMPORT' }.codes.find { it.code == 'AMOUNT_UNREADABLE' }"))
                .containsEntry("severity", "ERROR");
        assertThat(codes.getString(
                        "findings.find { it.group == 'LIGHT' }.codes.find { it.code == 'RED' }.explanationEn"))
                .contains("R-MON-2");
    }

    @Test
    void everyRoleReadsTheSameDocument() {
        for (String path : List.of(FIELDS, RULES, CODES)) {
            String etag = null;
            for (String role : Roles.ALL) {
                Response r = Api.as(Api.tokenWith(role)).get(path);
                r.then().statusCode(200);
                etag = etag == null ? r.header("ETag") : etag;
                assertThat(r.header("ETag")).as(path + " for " + role).isEqualTo(etag);
            }
            Api.as(Api.editorOf("DG-SOMEWHERE"))
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag));
        }
    }

    @Test
    void isCacheableAndRevalidatesWith304() {
        for (String path : List.of(FIELDS, RULES, CODES)) {
            Response first = Api.as(Api.tokenWith(Roles.READER)).get(path);
            first.then()
                    .statusCode(200)
                    .contentType("application/json")
                    .header("Cache-Control", equalTo("private, max-age=3600"));
            String etag = first.header("ETag");
            assertThat(etag).matches("\"[0-9a-f]{24}\"");
            Response again = Api.as(Api.tokenWith(Roles.READER)).get(path);
            assertThat(again.asByteArray()).as("stable order and content").isEqualTo(first.asByteArray());
            Api.as(Api.tokenWith(Roles.READER))
                    .header("If-None-Match", "\"stale\", W/" + etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(etag))
                    .header("Cache-Control", equalTo("private, max-age=3600"));
            Api.as(Api.tokenWith(Roles.READER))
                    .header("If-None-Match", "\"stale\"")
                    .get(path)
                    .then()
                    .statusCode(200);
        }
        assertThat(read(FIELDS).getList("fields.path")).contains("departmentId", "amounts.otherFunds");
        Api.as(Api.tokenWith(Roles.READER))
                .get(CODES)
                .then()
                .body("problems.code", hasItems("NOT_FOUND", "FORM_MISMATCH"));
    }

    private static JsonPath read(String path) {
        return Api.as(Api.tokenWith(Roles.READER))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> field(JsonPath fields, String form, String path) {
        Map<String, Object> f = fields.getMap("fields.find { it.form == '" + form + "' && it.path == '" + path + "' }");
        assertThat(f).as(form + " " + path).isNotNull();
        return f;
    }
}
