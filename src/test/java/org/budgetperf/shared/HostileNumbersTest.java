package org.budgetperf.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * Every operation that takes money or another decimal refuses hostile numbers (a huge or tiny exponent, an
 * over-long digit string) with a 400 naming the field, within 100 ms, and writes nothing. Before the bound,
 * {@code "1E+100000000"} in an amount kept a core busy for minutes.
 */
@SendsInvalidRequests("numbers and nesting beyond the contract's bounds")
@QuarkusTest
class HostileNumbersTest {

    /** Strings and bare JSON numbers; each stands for far more digits than any amount can have. */
    static final List<String> HOSTILE_STRINGS = List.of(
            "1E+100000000",
            "1E+999999999",
            "-1E+100000000",
            "1E-100000000",
            "0E+100000000",
            "9".repeat(60),
            "0." + "0".repeat(40) + "1");

    static final List<String> HOSTILE_LITERALS = List.of("1E+100000000", "1e999999999", "1E-2147483647");

    private String code;
    private String budgetId;
    private String approvedId;
    private String taskId;
    private String indicatorId;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    /** The tables every test sends to: one DRAFT (2024) and one APPROVED (2025) Dongguan table. */
    private void tables() {
        code = Api.uniqueCode("HOSTILE");
        String department = Api.createDepartment(code, "测试部门");
        budgetId = editor().contentType(ContentType.JSON)
                .body(Api.dongguanBudget(department).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        taskId = editor().get("/api/v1/budgets/" + budgetId + "/tasks").path("items[0].id");
        indicatorId =
                editor().get("/api/v1/budgets/" + budgetId + "/indicators").path("items[0].id");
        ObjectNode next = Api.dongguanBudget(department);
        next.put("fiscalYear", 2025);
        approvedId = editor().contentType(ContentType.JSON)
                .body(next.toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        editor().header("If-Match", Api.etag("/api/v1/budgets/" + approvedId))
                .post("/api/v1/budgets/" + approvedId + "/submit")
                .then()
                .statusCode(200);
        Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER))
                .header("If-Match", Api.etag("/api/v1/budgets/" + approvedId))
                .post("/api/v1/budgets/" + approvedId + "/approve")
                .then()
                .statusCode(200);
    }

    /** One operation with a body template in which {@code $N} stands for the hostile number. */
    record Target(String method, String path, String template, String field) {}

    private List<Target> targets() {
        String b = "/api/v1/budgets/" + budgetId;
        String a = "/api/v1/budgets/" + approvedId;
        return List.of(
                new Target(
                        "POST",
                        "/api/v1/budgets",
                        "{\"departmentId\":\"" + Api.createDepartment() + "\",\"fiscalYear\":2024,"
                                + "\"amounts\":{\"basicExpenditure\":$N}}",
                        "amounts.basicExpenditure"),
                new Target("PATCH", b, "{\"amounts\":{\"projectExpenditure\":$N}}", "amounts.projectExpenditure"),
                new Target("PUT", b, "{\"fiscalYear\":2024,\"amounts\":{\"otherFunds\":$N}}", "amounts.otherFunds"),
                new Target(
                        "POST", b + "/tasks", "{\"kind\":\"KEY\",\"name\":\"任务\",\"plannedFunds\":$N}", "plannedFunds"),
                new Target("PATCH", b + "/tasks/" + taskId, "{\"plannedFunds\":$N}", "plannedFunds"),
                new Target(
                        "POST",
                        b + "/indicators",
                        "{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"篇数\",\"weight\":$N}",
                        "weight"),
                new Target("PATCH", b + "/indicators/" + indicatorId, "{\"weight\":$N}", "weight"),
                new Target(
                        "POST",
                        "/api/v1/reconciliation-previews",
                        "{\"amounts\":{\"fiscalAppropriation\":$N}}",
                        "amounts.fiscalAppropriation"),
                new Target(
                        "POST",
                        "/api/v1/review-previews",
                        "{\"amounts\":{\"specialFunds\":$N}}",
                        "amounts.specialFunds"),
                new Target(
                        "POST",
                        a + "/monitoring-reports",
                        "{\"month\":6,\"spentToDate\":$N,\"indicators\":[]}",
                        "spentToDate"),
                new Target(
                        "POST",
                        a + "/monitoring-reports",
                        "{\"month\":6,\"budget\":$N,\"spentToDate\":\"1.00\",\"indicators\":[]}",
                        "budget"),
                new Target(
                        "POST",
                        a + "/self-evaluations?preview=true",
                        "{\"adjustedBudget\":$N,\"spent\":\"1.00\",\"actuals\":[]}",
                        "adjustedBudget"),
                new Target(
                        "POST",
                        a + "/self-evaluations",
                        "{\"adjustedBudget\":\"1.00\",\"spent\":$N,\"actuals\":[]}",
                        "spent"));
    }

    @Test
    void refusesHostileNumbersInEveryMoneyFieldWithin100Milliseconds() {
        tables();
        String before = Api.etag("/api/v1/budgets/" + budgetId);
        List<String> slow = new ArrayList<>();
        int sent = 0;
        for (Target t : targets()) {
            List<String> forms = Stream.concat(
                            HOSTILE_STRINGS.stream().map(n -> "\"" + n + "\""), HOSTILE_LITERALS.stream())
                    .toList();
            for (String n : forms) {
                // The best of three attempts: a shared, busy machine may delay one answer, while a number that is
                // expanded costs seconds to minutes every time.
                long best = Long.MAX_VALUE;
                for (int attempt = 0; attempt < 3 && best > 100; attempt++) {
                    Response r = editor().contentType(ContentType.JSON)
                            .header("If-Match", "*")
                            .body(t.template().replace("$N", n))
                            .request(t.method(), t.path());
                    // The exchange itself (REST Assured times it next to the wire), not the tests' contract validation.
                    best = Math.min(best, r.time());
                    r.then()
                            .statusCode(400)
                            .contentType("application/problem+json")
                            .body("violations.field", hasItem(t.field()));
                }
                if (best > 100) {
                    slow.add(t.method() + " " + t.path() + " " + n + ": " + best + " ms");
                }
                sent++;
            }
        }
        assertThat(sent).isEqualTo(13 * 10);
        assertThat(slow).as("answers slower than 100 ms").isEmpty();
        // Nothing was written: the table's version is the one before.
        assertThat(Api.etag("/api/v1/budgets/" + budgetId)).isEqualTo(before);
        editor().get("/api/v1/budgets/" + approvedId + "/monitoring-reports")
                .then()
                .body("totalItems", equalTo(0));
        editor().get("/api/v1/budgets/" + approvedId + "/self-evaluations")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void explainsTheBoundInTheViolation() {
        tables();
        editor().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("amounts", Map.of("basicExpenditure", "1E+100000000")))
                .patch("/api/v1/budgets/" + budgetId)
                .then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("amounts.basicExpenditure"))
                .body(
                        "violations[0].message",
                        equalTo("number out of range: at most 30 digits before the decimal point and 20 after it"));
    }

    @Test
    void refusesNestingBeyondTheParserLimitBeforeReadingIt() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        tables();
        // A merge patch is read as a whole tree first, so the parser meets the nesting.
        editor().contentType(Api.MERGE_PATCH)
                .header("If-Match", "*")
                .body("{\"amounts\":{\"x\":" + deep + "}}")
                .patch("/api/v1/budgets/" + budgetId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_REQUEST"))
                .body("detail", org.hamcrest.Matchers.containsString("exceeds the maximum allowed (32)"));
    }
}
