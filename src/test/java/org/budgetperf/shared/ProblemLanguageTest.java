package org.budgetperf.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Problem documents are machine-readable and bilingual: every violation carries a stable {@code code}; the texts
 * (title, detail, messages) follow {@code Accept-Language} (Chinese for {@code zh…}, English otherwise), which
 * {@code Content-Language} names; the codes are the same in both languages.
 */
@QuarkusTest
class ProblemLanguageTest {

    private static final String CHINESE = ".*[\\u4e00-\\u9fff].*";

    /** A request to create a table of a new department whose amounts are {@code amounts}. */
    private static ObjectNode tableWith(Map<String, String> amounts) {
        ObjectNode body = Api.minimalBudget(Api.createDepartment(), 2024);
        ObjectNode given = body.putObject("amounts");
        amounts.forEach(given::put);
        return body;
    }

    private static ValidatableResponse create(String acceptLanguage, Object body) {
        var request = given().contentType(ContentType.JSON).body(body.toString());
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.post("/api/v1/budgets").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String language) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("Content-Language", language)
                .header("Vary", containsString("Accept-Language"));
    }

    @SendsInvalidRequests("a negative amount, which the contract's pattern refuses too")
    @Test
    void aNegativeAmountIsNegativeAmountInEnglishByDefaultAndInChineseOnRequestWithTheSameCode() {
        ObjectNode body = tableWith(Map.of("basicExpenditure", "-1.00"));
        JsonPath english = problem(create(null, body), 400, "en")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("Request is invalid"))
                .body("detail", equalTo("amounts.basicExpenditure: must not be negative"))
                .body("violations[0].field", equalTo("amounts.basicExpenditure"))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].code", equalTo("NEGATIVE_AMOUNT"))
                .body("violations[0].message", equalTo("must not be negative"))
                .extract()
                .jsonPath();
        JsonPath chinese = problem(create("zh-CN", body), 400, "zh-CN")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("amounts.basicExpenditure：不得为负数"))
                .body("violations[0].code", equalTo("NEGATIVE_AMOUNT"))
                .body("violations[0].message", equalTo("不得为负数"))
                .extract()
                .jsonPath();
        assertThat(chinese.getString("type")).isEqualTo(english.getString("type"));
        assertThat(chinese.getList("violations.field")).isEqualTo(english.getList("violations.field"));
        assertThat(chinese.getList("violations.code")).isEqualTo(english.getList("violations.code"));
    }

    @Test
    void anAmountFinerThanOneFenIsFinerThanFen() {
        problem(create(null, tableWith(Map.of("basicExpenditure", "0.001"))), 400, "en")
                .body("violations[0].field", equalTo("amounts.basicExpenditure"))
                .body("violations[0].code", equalTo("FINER_THAN_FEN"))
                .body("violations[0].message", containsString("分"));
        problem(create("zh", tableWith(Map.of("basicExpenditure", "0.001"))), 400, "zh-CN")
                .body("violations[0].code", equalTo("FINER_THAN_FEN"))
                .body("violations[0].message", equalTo("超过 2 位小数：以元为单位的金额精确到分（0.01）"));
    }

    @SendsInvalidRequests("an unknown property, a wrong type, a bad enum, a malformed number, a missing name")
    @Test
    void theJsonReaderAndBeanValidationGiveCodesToo() {
        ObjectNode unknown = tableWith(Map.of());
        unknown.put("colour", "red");
        problem(create("zh-CN", unknown), 400, "zh-CN")
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].code", equalTo("UNKNOWN_PROPERTY"))
                .body("violations[0].message", equalTo("未知或只读的属性“colour”"));

        ObjectNode wrongType = tableWith(Map.of());
        wrongType.putArray("fiscalYear");
        problem(create(null, wrongType), 400, "en").body("violations[0].code", equalTo("NOT_A_NUMBER"));

        ObjectNode badEnum = tableWith(Map.of());
        badEnum.put("amountUnit", "EURO");
        problem(create("zh-CN", badEnum), 400, "zh-CN")
                .body("violations[0].field", equalTo("amountUnit"))
                .body("violations[0].code", equalTo("INVALID_ENUM"))
                .body("violations[0].message", containsString("WAN_YUAN"))
                .body("violations[0].message", matchesPattern(CHINESE));

        problem(create(null, tableWith(Map.of("basicExpenditure", "12,5"))), 400, "en")
                .body("violations[0].code", equalTo("NOT_A_NUMBER"));

        problem(
                        given().header("Accept-Language", "zh-CN")
                                .contentType(ContentType.JSON)
                                .body(Map.of("code", Api.uniqueCode("L"), "name", "x".repeat(201)))
                                .post("/api/v1/departments")
                                .then(),
                        400,
                        "zh-CN")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].code", equalTo("TOO_LONG"))
                .body("violations[0].message", equalTo("不得超过 200 个字符"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("code", Api.uniqueCode("L")))
                                .post("/api/v1/departments")
                                .then(),
                        400,
                        "en")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].code", equalTo("REQUIRED"))
                .body("violations[0].message", equalTo("required"));
    }

    @ParameterizedTest(name = "Accept-Language: {0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | zh-CN",
                "zh | zh-CN",
                "zh-TW | zh-CN",
                "en;q=0.5, zh;q=0.9 | zh-CN",
                "fr, zh;q=0.8, en;q=0.5 | zh-CN",
                "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN",
                "en-US,en;q=0.9,zh-CN;q=0.8 | en",
                "en | en",
                "fr | en",
                "zh;q=0, en;q=0.1 | en",
                "* | en",
                "!!! | en",
            })
    void theLanguageIsChosenFromAcceptLanguage(String acceptLanguage, String chosen) {
        String id = UUID.randomUUID().toString();
        JsonPath answer = problem(
                        given().header("Accept-Language", acceptLanguage)
                                .get("/api/v1/budgets/" + id)
                                .then(),
                        404,
                        chosen)
                .body("code", equalTo("NOT_FOUND"))
                .extract()
                .jsonPath();
        if (chosen.equals("zh-CN")) {
            assertThat(answer.getString("title")).isEqualTo("资源不存在");
            assertThat(answer.getString("detail")).isEqualTo("绩效目标表 " + id + " 不存在");
        } else {
            assertThat(answer.getString("title")).isEqualTo("Resource not found");
            assertThat(answer.getString("detail")).isEqualTo("budget " + id + " does not exist");
        }
    }

    @SendsInvalidRequests("a request URI longer than the limit, refused before any resource runs")
    @Test
    void theHttpLayerAnswersInTheRequestedLanguageToo() {
        problem(
                        given().header("Accept-Language", "zh-CN")
                                .get("/api/v1/budgets?name=" + "x".repeat(9000))
                                .then(),
                        414,
                        "zh-CN")
                .body("code", equalTo("URI_TOO_LONG"))
                .body("title", equalTo("请求 URI 过长"))
                .body("detail", equalTo("请求 URI 超过 8192 个字符"));
    }

    @Test
    void aBlockedSubmissionNamesItsRulesAndRunsAsFieldsAndTheRunsCanBeRead() {
        String code = Api.uniqueCode("BL");
        String departmentId = Api.createDepartment(code, "语言测试部门");
        String id = Api.as(Api.editorOf(code))
                .contentType(ContentType.JSON)
                .body(Api.minimalBudget(departmentId, 2024).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/budgets/" + id;

        Response refused = Api.as(Api.editorOf(code))
                .header("Accept-Language", "zh-CN")
                .header("If-Match", "*")
                .post(path + "/submit");
        JsonPath chinese = problem(refused.then(), 422, "zh-CN")
                .body("code", equalTo("SUBMISSION_BLOCKED"))
                .body("title", equalTo("存在 ERROR 级别的问题，不能提交"))
                .body("blockingRules", hasItem("R-REV-1"))
                .body("reviewRunId", notNullValue())
                .body("reconciliationRunId", notNullValue())
                .body("violations.in", everyItem(equalTo("table")))
                .body("violations.code", everyItem(equalTo("BLOCKING_FINDING")))
                .body("violations.ruleId", hasItem("R-REV-1"))
                .body("violations.message", everyItem(matchesPattern(CHINESE)))
                .extract()
                .jsonPath();
        List<String> rules = chinese.getList("blockingRules");
        assertThat(rules).doesNotHaveDuplicates();
        assertThat(rules)
                .containsExactlyElementsOf(chinese.<String>getList("violations.ruleId").stream()
                        .distinct()
                        .toList());
        String reviewRunId = chinese.getString("reviewRunId");
        String reconciliationRunId = chinese.getString("reconciliationRunId");
        assertThat(chinese.getString("detail")).contains(reviewRunId, reconciliationRunId);

        Api.as(Api.editorOf(code))
                .get(path + "/reviews/" + reviewRunId)
                .then()
                .statusCode(200)
                .body("id", equalTo(reviewRunId))
                .body(
                        "result.blocking.ruleId",
                        hasItems(rules.stream()
                                .filter(r -> r.startsWith("R-REV") || r.startsWith("R-VAL") || r.startsWith("R-FW"))
                                .toArray(String[]::new)));
        Api.as(Api.editorOf(code))
                .get(path + "/reconciliations/" + reconciliationRunId)
                .then()
                .statusCode(200)
                .body("id", equalTo(reconciliationRunId));

        // The same refusal in English names the same rules, under the same codes.
        JsonPath english = problem(
                        Api.as(Api.editorOf(code))
                                .header("If-Match", "*")
                                .post(path + "/submit")
                                .then(),
                        422,
                        "en")
                .body("title", equalTo("Findings of severity ERROR block the submission"))
                .extract()
                .jsonPath();
        assertThat(english.getList("blockingRules")).isEqualTo(rules);
        assertThat(english.getList("violations.code")).isEqualTo(chinese.getList("violations.code"));
        assertThat(english.getList("violations.field")).isEqualTo(chinese.getList("violations.field"));
    }
}
