package org.budgetperf.shared;

import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad input gets an application/problem+json answer with a stable code naming the field, and a
 * refused request writes nothing.
 */
@SendsInvalidRequests("malformed, unknown, out-of-range and wrongly typed input, answered with problems")
@QuarkusTest
class ErrorResponsesTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue())
                .body("requestId", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("org.budgetperf")));
    }

    private static long budgetsOf(String departmentId) {
        return given().get("/api/v1/budgets?departmentId=" + departmentId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void rejectsMalformedJson() {
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"code\": \"X\",")
                        .post("/api/v1/departments")
                        .then(),
                400,
                "MALFORMED_REQUEST");
    }

    @Test
    void rejectsBodyThatIsNotAnObject() {
        problem(
                given().contentType(ContentType.JSON)
                        .body("[1,2]")
                        .post("/api/v1/departments")
                        .then(),
                400,
                "MALFORMED_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "status", "version", "totals", "createdAt", "nonsense"})
    void rejectsUnknownOrReadOnlyPropertiesInsteadOfAssigningThem(String property) {
        String departmentId = Api.createDepartment();
        ObjectNode body = Api.minimalBudget(departmentId, 2024);
        body.put(property, "APPROVED");
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED").body("violations.field", hasItem(property));
        org.assertj.core.api.Assertions.assertThat(budgetsOf(departmentId)).isZero();
    }

    @Test
    void rejectsWrongTypesNamingTheField() {
        String departmentId = Api.createDepartment();
        ObjectNode body = Api.minimalBudget(departmentId, 2024);
        body.put("staffCount", "many");
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("staffCount"))
                .body("violations[0].in", equalTo("body"));
        body = Api.minimalBudget(departmentId, 2024);
        body.put("staffCount", 1.5);
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("staffCount"));
        body = Api.minimalBudget(departmentId, 2024);
        body.putObject("amounts").put("basicExpenditure", "12,5");
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("amounts.basicExpenditure"));
    }

    @Test
    void rejectsNegativeAndSubFenAmountsAllAtOnce() {
        String departmentId = Api.createDepartment();
        ObjectNode body = Api.dongguanBudget(departmentId);
        body.put("amountUnit", "YUAN");
        ((ObjectNode) body.get("amounts")).put("basicExpenditure", "-1.00").put("projectExpenditure", "0.001");
        ((ObjectNode) body.get("tasks").get(2)).put("plannedFunds", "52200.005");
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED")
                .body("violations.field", hasItem("amounts.basicExpenditure"))
                .body("violations.field", hasItem("amounts.projectExpenditure"))
                .body("violations.field", hasItem("tasks[2].plannedFunds"));
        org.assertj.core.api.Assertions.assertThat(budgetsOf(departmentId)).isZero();
    }

    @Test
    void rejectsWanYuanFinerThanOneFen() {
        String departmentId = Api.createDepartment();
        ObjectNode body = Api.minimalBudget(departmentId, 2024);
        body.put("amountUnit", "WAN_YUAN");
        body.putObject("amounts").put("basicExpenditure", "10891.6156751");
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("amounts.basicExpenditure"));
    }

    @Test
    void acceptsSixDecimalWanYuanExactly() {
        String departmentId = Api.createDepartment();
        ObjectNode body = Api.minimalBudget(departmentId, 2024);
        body.put("amountUnit", "WAN_YUAN");
        body.putObject("amounts").put("basicExpenditure", "10891.615675");
        Api.createBudget(body).then().statusCode(201).body("amounts.basicExpenditure", equalTo("108916156.75"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1999, 2101, 99999})
    void rejectsAbsurdYears(int year) {
        String departmentId = Api.createDepartment();
        problem(Api.createBudget(Api.minimalBudget(departmentId, year)).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("fiscalYear"));
    }

    @Test
    void rejectsOverLongStrings() {
        problem(
                        given().contentType(ContentType.JSON)
                                .body(java.util.Map.of("code", Api.uniqueCode("L"), "name", "名".repeat(201)))
                                .post("/api/v1/departments")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void rejectsBodyOverTheSizeLimit() {
        String big = "{\"code\":\"BIG\",\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        problem(
                given().contentType(ContentType.JSON)
                        .body(big)
                        .post("/api/v1/departments")
                        .then(),
                413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void rejectsWrongMediaType() {
        problem(
                given().contentType(ContentType.XML)
                        .body("<department/>")
                        .post("/api/v1/departments")
                        .then(),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void answersUnknownIdsWith404() {
        UUID unknown = UUID.randomUUID();
        problem(given().get("/api/v1/budgets/" + unknown).then(), 404, "NOT_FOUND");
        problem(given().get("/api/v1/departments/" + unknown).then(), 404, "NOT_FOUND");
        problem(given().get("/api/v1/budgets/" + unknown + "/tasks").then(), 404, "NOT_FOUND");
        problem(
                given().get("/api/v1/budgets/" + unknown + "/indicators/" + unknown)
                        .then(),
                404,
                "NOT_FOUND");
        problem(given().get("/api/v1/budgets/not-an-id").then(), 404, "NOT_FOUND");
        problem(given().get("/api/v1/nothing-here").then(), 404, "NOT_FOUND");
    }

    @Test
    void rejectsBadQueryParametersNamingThem() {
        problem(given().get("/api/v1/budgets?fiscalYear=abc").then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("fiscalYear"))
                .body("violations[0].in", equalTo("query"));
        problem(given().get("/api/v1/budgets?size=1000").then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("size"));
        problem(given().get("/api/v1/budgets?status=DONE").then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void refusedNestedCreateLeavesNoTaskOrIndicatorBehind() {
        String departmentId = Api.createDepartment();
        ObjectNode body = Api.dongguanBudget(departmentId);
        ((ObjectNode) body.get("indicators").get(24)).put("name", "");
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("indicators[24].name"));
        org.assertj.core.api.Assertions.assertThat(budgetsOf(departmentId)).isZero();
    }

    @Test
    void rejectsNullRowsNamingThem() {
        ObjectNode body = Api.minimalBudget(Api.createDepartment(), 2024);
        body.putArray("tasks").addNull();
        problem(Api.createBudget(body).then(), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("tasks[0]"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"indicators\": [null]}")
                                .post("/api/v1/review-previews")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("indicators[0]"));
    }

    @Test
    void returnsTheCallersRequestId() {
        given().header("X-Request-Id", "trace-123")
                .get("/api/v1/budgets/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("X-Request-Id", "trace-123")
                .body("requestId", equalTo("trace-123"));
    }
}
