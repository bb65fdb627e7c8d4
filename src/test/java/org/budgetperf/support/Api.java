package org.budgetperf.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import org.budgetperf.shared.security.Roles;

/** Small helpers for setting up data through the real HTTP API. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** RestAssured would encode an unfamiliar JSON media type as ISO-8859-1 unless told otherwise. */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private Api() {}

    private static final Set<String> KNOWN_DEPARTMENTS = new ConcurrentSkipListSet<>();
    private static volatile String workerToken;
    private static volatile int workerTokenDepartments = -1;

    /**
     * A signed token as an OIDC provider would issue it, with the dev/test key.
     *
     * @param roles the {@code groups} claim
     * @param departments the {@code departments} claim (department codes a department editor edits)
     */
    public static String token(String subject, Collection<String> roles, Collection<String> departments) {
        return Jwt.issuer("https://perf-targets.local/dev")
                .subject(subject)
                .upn(subject)
                .groups(Set.copyOf(roles))
                .claim("departments", List.copyOf(departments))
                .expiresIn(3600)
                .sign();
    }

    public static String editorOf(String... departmentCodes) {
        return token(
                "editor-" + String.join("-", departmentCodes),
                List.of(Roles.DEPARTMENT_EDITOR),
                List.of(departmentCodes));
    }

    public static String tokenWith(String role) {
        return token(role + "-user", List.of(role), List.of());
    }

    /**
     * A request as the tests' default user: an administrator who is also the department editor of every
     * department the tests created through {@link #createDepartment}. Tests about access control use
     * {@link #as(String)} with narrower tokens instead.
     */
    public static RequestSpecification given() {
        if (workerTokenDepartments != KNOWN_DEPARTMENTS.size()) {
            workerToken = token("test-worker", List.of(Roles.ADMIN, Roles.DEPARTMENT_EDITOR), KNOWN_DEPARTMENTS);
            workerTokenDepartments = KNOWN_DEPARTMENTS.size();
        }
        return as(workerToken);
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    /** A department code no other test uses. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a department and returns its id. */
    public static String createDepartment(String code, String name) {
        KNOWN_DEPARTMENTS.add(code);
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "staffCount", 0, "subordinateUnitCount", 1))
                .post("/api/v1/departments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String createDepartment() {
        return createDepartment(uniqueCode("T"), "测试部门");
    }

    /** The Dongguan 2024 sample document: {"department": …, "budget": …}. */
    public static ObjectNode dongguanSample() {
        try (InputStream in = Api.class.getResourceAsStream("/sample/dongguan-2024.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Dongguan 2024 budget request for the given department. */
    public static ObjectNode dongguanBudget(String departmentId) {
        ObjectNode budget = (ObjectNode) dongguanSample().get("budget");
        budget.put("departmentId", departmentId);
        return budget;
    }

    /** A minimal valid budget request. */
    public static ObjectNode minimalBudget(String departmentId, int year) {
        ObjectNode budget = JSON.createObjectNode();
        budget.put("departmentId", departmentId);
        budget.put("fiscalYear", year);
        return budget;
    }

    /**
     * A budget request of a given size: {@code taskCount} KEY tasks of 1,000.00 元 and {@code indicatorCount} 数量指标
     * named 指标0, 指标1, … with annual targets ≥0次, ≥1次, …, spread over the tasks in turn.
     */
    public static ObjectNode generatedBudget(String departmentId, int year, int taskCount, int indicatorCount) {
        ObjectNode request = minimalBudget(departmentId, year);
        ArrayNode tasks = request.putArray("tasks");
        for (int i = 0; i < taskCount; i++) {
            tasks.addObject().put("kind", "KEY").put("name", "任务" + i).put("plannedFunds", "1000.00");
        }
        ArrayNode indicators = request.putArray("indicators");
        for (int i = 0; i < indicatorCount; i++) {
            indicators
                    .addObject()
                    .put("level1", "产出指标")
                    .put("level2", "数量指标")
                    .put("name", "指标" + i)
                    .put("annualValue", "≥" + i + "次")
                    .put("taskIndex", i % taskCount);
        }
        return request;
    }

    /** Creates a budget from a request document and returns the response. */
    public static Response createBudget(JsonNode request) {
        return given().contentType(ContentType.JSON).body(request.toString()).post("/api/v1/budgets");
    }

    /** Creates the Dongguan 2024 table for a new department and returns the budget id. */
    public static String createDongguanBudget() {
        return createBudget(dongguanBudget(createDepartment()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * An APPROVED table: created and submitted by the editor of the department {@code code}, approved by the
     * finance bureau. The request must pass the checks a submission runs.
     */
    public static String approved(String code, ObjectNode request) {
        String id = as(editorOf(code))
                .contentType(ContentType.JSON)
                .body(request.toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editorOf(code))
                .header("If-Match", etag("/api/v1/budgets/" + id))
                .post("/api/v1/budgets/" + id + "/submit")
                .then()
                .statusCode(200);
        as(tokenWith(Roles.FINANCE_REVIEWER))
                .header("If-Match", etag("/api/v1/budgets/" + id))
                .post("/api/v1/budgets/" + id + "/approve")
                .then()
                .statusCode(200);
        return id;
    }

    /** Current ETag of a resource. */
    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
