package org.budgetperf.shared.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what: 401 without a valid token, 403 without the right, and department editors confined
 * to their own departments' tables, including every sub-resource; another department's table is a
 * 404 so its existence is not revealed.
 */
@QuarkusTest
class AccessControlTest {

    private String codeA;
    private String codeB;
    private String departmentA;
    private String budgetA;
    private String budgetB;
    private String taskB;
    private String indicatorB;

    /** Called by the tests that need data; the per-endpoint checks need none and stay fast. */
    void twoDepartmentsWithATableEach() {
        codeA = Api.uniqueCode("A");
        codeB = Api.uniqueCode("B");
        departmentA = Api.createDepartment(codeA, "甲部门");
        String departmentB = Api.createDepartment(codeB, "乙部门");
        budgetA = Api.createBudget(Api.dongguanBudget(departmentA))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        budgetB = Api.createBudget(Api.dongguanBudget(departmentB))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        taskB = Api.given().get("/api/v1/budgets/" + budgetB + "/tasks").path("items[0].id");
        indicatorB =
                Api.given().get("/api/v1/budgets/" + budgetB + "/indicators").path("items[0].id");
    }

    /** Every operation of the API with a path that exists, and a body where it takes one. */
    static Stream<Object[]> operations() {
        String b = "/api/v1/budgets/" + UUID.randomUUID();
        return Stream.of(
                new Object[] {"GET", "/api/v1/departments", "application/json"},
                new Object[] {"POST", "/api/v1/departments", "application/json"},
                new Object[] {"GET", "/api/v1/departments/" + UUID.randomUUID(), "application/json"},
                new Object[] {"PUT", "/api/v1/departments/" + UUID.randomUUID(), "application/json"},
                new Object[] {"PATCH", "/api/v1/departments/" + UUID.randomUUID(), "application/json"},
                new Object[] {"DELETE", "/api/v1/departments/" + UUID.randomUUID(), "application/json"},
                new Object[] {"GET", "/api/v1/departments/" + UUID.randomUUID() + "/history", "application/json"},
                new Object[] {"GET", "/api/v1/budgets", "application/json"},
                new Object[] {"POST", "/api/v1/budgets", "application/json"},
                new Object[] {"GET", b, "application/json"},
                new Object[] {"PUT", b, "application/json"},
                new Object[] {"PATCH", b, "application/json"},
                new Object[] {"DELETE", b, "application/json"},
                new Object[] {"GET", b + "/history", "application/json"},
                new Object[] {"GET", b + "/tasks", "application/json"},
                new Object[] {"POST", b + "/tasks", "application/json"},
                new Object[] {"GET", b + "/tasks/" + UUID.randomUUID(), "application/json"},
                new Object[] {"PUT", b + "/tasks/" + UUID.randomUUID(), "application/json"},
                new Object[] {"PATCH", b + "/tasks/" + UUID.randomUUID(), "application/json"},
                new Object[] {"DELETE", b + "/tasks/" + UUID.randomUUID(), "application/json"},
                new Object[] {"GET", b + "/indicators", "application/json"},
                new Object[] {"POST", b + "/indicators", "application/json"},
                new Object[] {"GET", b + "/indicators/" + UUID.randomUUID(), "application/json"},
                new Object[] {"PUT", b + "/indicators/" + UUID.randomUUID(), "application/json"},
                new Object[] {"PATCH", b + "/indicators/" + UUID.randomUUID(), "application/json"},
                new Object[] {"DELETE", b + "/indicators/" + UUID.randomUUID(), "application/json"},
                new Object[] {"POST", b + "/submit", "application/json"},
                new Object[] {"POST", b + "/return", "application/json"},
                new Object[] {"POST", b + "/approve", "application/json"},
                new Object[] {"POST", b + "/adjust", "application/json"},
                new Object[] {"GET", b + "/revisions", "application/json"},
                new Object[] {"GET", b + "/revisions/1", "application/json"},
                new Object[] {"GET", b + "/revisions/1/changes", "application/json"},
                new Object[] {"GET", b + "/revisions/1/export?format=xlsx", "application/json"},
                new Object[] {"GET", b + "/export?format=tsv", "application/json"},
                new Object[] {"POST", b + "/reconciliations", "application/json"},
                new Object[] {"GET", b + "/reconciliations", "application/json"},
                new Object[] {"GET", b + "/reconciliations/" + UUID.randomUUID(), "application/json"},
                new Object[] {"POST", b + "/reviews", "application/json"},
                new Object[] {"GET", b + "/reviews", "application/json"},
                new Object[] {"GET", b + "/reviews/" + UUID.randomUUID(), "application/json"},
                new Object[] {"POST", b + "/monitoring-reports", "application/json"},
                new Object[] {"GET", b + "/monitoring-reports", "application/json"},
                new Object[] {"GET", b + "/monitoring-reports/" + UUID.randomUUID(), "application/json"},
                new Object[] {"POST", b + "/self-evaluations", "application/json"},
                new Object[] {"GET", b + "/self-evaluations", "application/json"},
                new Object[] {"GET", b + "/self-evaluations/" + UUID.randomUUID(), "application/json"},
                new Object[] {"GET", b + "/self-evaluations/" + UUID.randomUUID() + "/export", "application/json"},
                new Object[] {"POST", "/api/v1/budget-imports", "text/tab-separated-values"},
                new Object[] {"GET", "/api/v1/review-queue", "application/json"},
                new Object[] {"GET", "/api/v1/events", "application/json"},
                new Object[] {"GET", "/api/v1/webhook-subscriptions", "application/json"},
                new Object[] {"POST", "/api/v1/webhook-subscriptions", "application/json"},
                new Object[] {"PATCH", "/api/v1/webhook-subscriptions/" + UUID.randomUUID(), "application/json"},
                new Object[] {"DELETE", "/api/v1/webhook-subscriptions/" + UUID.randomUUID(), "application/json"},
                new Object[] {
                    "POST",
                    "/api/v1/webhook-subscriptions/" + UUID.randomUUID() + "/deliveries/" + UUID.randomUUID()
                            + "/redeliver",
                    "application/json"
                },
                new Object[] {"GET", "/api/v1/indicator-frameworks", "application/json"},
                new Object[] {"GET", "/api/v1/indicator-frameworks/guangdong-city-2024", "application/json"},
                new Object[] {"GET", "/api/v1/reference/fields", "application/json"},
                new Object[] {"GET", "/api/v1/reference/rules", "application/json"},
                new Object[] {"GET", "/api/v1/reference/codes", "application/json"});
    }

    /** Writes a read-only integrator may not make (previews write nothing and are open to every caller). */
    static Stream<Object[]> writes() {
        return operations().filter(o -> !o[0].equals("GET"));
    }

    @SendsInvalidRequests("no token, and {} as every body")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void refusesEveryOperationWithoutAToken(String method, String path, String type) {
        RestAssured.given()
                .contentType(type)
                .body("{}")
                .request(method, path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    @SendsInvalidRequests("{} as every body")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void refusesEveryWriteToAReadOnlyIntegrator(String method, String path, String type) {
        Api.as(Api.tokenWith(Roles.READER))
                .contentType(type)
                .body("{}")
                .request(method, path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void refusesForgedExpiredAndForeignTokens() {
        twoDepartmentsWithATableEach();
        String path = "/api/v1/budgets/" + budgetA;
        String valid = Api.tokenWith(Roles.READER);
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        String expired = Jwt.issuer("https://perf-targets.local/dev")
                .subject("late")
                .groups(Roles.READER)
                .issuedAt(1_600_000_000L)
                .expiresAt(1_600_003_600L)
                .sign();
        String otherIssuer = Jwt.issuer("https://someone-else.example")
                .subject("x")
                .groups(Roles.READER)
                .sign();
        for (String token : List.of(tampered, expired, otherIssuer, "not-a-jwt")) {
            Api.as(token)
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
        Api.as(valid).get(path).then().statusCode(200);
    }

    @Test
    void confinesADepartmentEditorToItsOwnTablesAndHidesTheOthers() {
        twoDepartmentsWithATableEach();
        String editorA = Api.editorOf(codeA);
        String b = "/api/v1/budgets/" + budgetB;
        Api.as(editorA).get("/api/v1/budgets/" + budgetA).then().statusCode(200);
        for (String path : List.of(
                b,
                b + "/tasks",
                b + "/indicators",
                b + "/history",
                b + "/tasks/" + taskB,
                b + "/indicators/" + indicatorB,
                b + "/reconciliations",
                b + "/reviews",
                b + "/revisions",
                b + "/revisions/1",
                b + "/revisions/1/changes?since=1",
                b + "/monitoring-reports",
                b + "/self-evaluations")) {
            Api.as(editorA).get(path).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        }
        Api.as(editorA)
                .get("/api/v1/budgets?size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(budgetA))
                .body("items.id", not(hasItem(budgetB)));

        Api.as(editorA)
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"fiscalYear\": 2030}")
                .patch(b)
                .then()
                .statusCode(404);
        Api.as(editorA)
                .header("If-Match", "\"0\"")
                .delete(b + "/tasks/" + taskB)
                .then()
                .statusCode(404);
        Api.as(editorA)
                .contentType(ContentType.JSON)
                .body(Map.of("level1", "产出指标", "level2", "数量指标", "name", "x", "annualValue", "1次"))
                .post(b + "/indicators")
                .then()
                .statusCode(404);
        Api.as(editorA)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "x"))
                .post(b + "/tasks")
                .then()
                .statusCode(404);
        Api.as(editorA).queryParam("format", "xlsx").get(b + "/export").then().statusCode(404);
        for (String action : List.of("/reconciliations", "/reviews", "/submit", "/adjust")) {
            Api.as(editorA).post(b + action).then().statusCode(404);
        }

        String departmentB = Api.given().get(b).path("department.id");
        Api.as(editorA)
                .contentType(ContentType.JSON)
                .body(Api.minimalBudget(departmentB, 2031).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Api.as(editorA)
                .contentType(ContentType.JSON)
                .body(Api.minimalBudget(departmentA, 2031).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201);
        Api.as(editorA)
                .get("/api/v1/departments/" + departmentB + "/history")
                .then()
                .statusCode(403);
        Api.as(editorA)
                .get("/api/v1/departments/" + departmentA + "/history")
                .then()
                .statusCode(200);
    }

    @Test
    void letsTheFinanceBureauAndIntegratorsReadEveryTableButNotChangeIt() {
        twoDepartmentsWithATableEach();
        for (String role : List.of(Roles.FINANCE_REVIEWER, Roles.READER, Roles.ADMIN)) {
            String token = Api.tokenWith(role);
            Api.as(token).get("/api/v1/budgets/" + budgetB).then().statusCode(200);
            Api.as(token)
                    .get("/api/v1/budgets/" + budgetB + "/indicators")
                    .then()
                    .statusCode(200);
            Api.as(token).get("/api/v1/budgets/" + budgetB + "/history").then().statusCode(200);
            Api.as(token)
                    .contentType(Api.MERGE_PATCH)
                    .header("If-Match", "\"0\"")
                    .body("{\"fiscalYear\": 2030}")
                    .patch("/api/v1/budgets/" + budgetB)
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void reservesDepartmentManagementToAdministrators() {
        twoDepartmentsWithATableEach();
        Map<String, String> body = Map.of("code", Api.uniqueCode("ADM"), "name", "新部门");
        for (String token :
                List.of(Api.editorOf(codeA), Api.tokenWith(Roles.FINANCE_REVIEWER), Api.tokenWith(Roles.READER))) {
            Api.as(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/departments")
                    .then()
                    .statusCode(403);
            Api.as(token).get("/api/v1/departments/" + departmentA).then().statusCode(200);
        }
        Api.as(Api.tokenWith(Roles.ADMIN))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/departments")
                .then()
                .statusCode(201);
    }

    @Test
    void leavesOperationalEndpointsOpen() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
    }
}
