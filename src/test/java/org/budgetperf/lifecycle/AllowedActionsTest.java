package org.budgetperf.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * {@code allowedActions} and the endpoints never disagree: for every status × role, each action is probed through its
 * own endpoint with a request that is refused for role, department or status (403, 404, 409) when the action is not
 * allowed, and otherwise gets past those checks without changing the table: a stale {@code If-Match} (edits, deletes
 * and transitions check it after role, department and status) or a submission blocked by its findings.
 */
@QuarkusTest
class AllowedActionsTest {

    /** A version no table is at: a permitted transition, edit or delete is then a 412 that changes nothing. */
    private static final String STALE = "\"999999\"";

    private static final Set<String> TRANSITIONS = Set.of("RETURN", "APPROVE", "ADJUST");

    private static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "ADJUSTING");

    private String code;
    private String department;
    private int year = 2030;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    private static RequestSpecification reviewer() {
        return Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER));
    }

    private Map<String, Function<Void, RequestSpecification>> roles() {
        Map<String, Function<Void, RequestSpecification>> roles = new LinkedHashMap<>();
        roles.put("own editor", v -> editor());
        roles.put("other editor", v -> Api.as(Api.editorOf("NOT-" + code)));
        roles.put("reviewer", v -> reviewer());
        roles.put("admin", v -> Api.as(Api.tokenWith(Roles.ADMIN)));
        roles.put("reader", v -> Api.as(Api.tokenWith(Roles.READER)));
        return roles;
    }

    /** A fresh Dongguan table of the department in {@code status}; where editable, unable to pass its checks. */
    private String tableIn(String status) {
        String id = editor().contentType(ContentType.JSON)
                .body(Api.dongguanBudget(department).put("fiscalYear", year++).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/budgets/" + id;
        if (!status.equals("DRAFT")) {
            editor().header("If-Match", Api.etag(path))
                    .post(path + "/submit")
                    .then()
                    .statusCode(200);
        }
        if (status.equals("RETURNED")) {
            reviewer()
                    .contentType(ContentType.JSON)
                    .body(Map.of("comment", "请补充"))
                    .header("If-Match", Api.etag(path))
                    .post(path + "/return")
                    .then()
                    .statusCode(200);
        }
        if (status.equals("APPROVED") || status.equals("ADJUSTING")) {
            reviewer()
                    .header("If-Match", Api.etag(path))
                    .post(path + "/approve")
                    .then()
                    .statusCode(200);
        }
        if (status.equals("ADJUSTING")) {
            editor().header("If-Match", Api.etag(path))
                    .post(path + "/adjust")
                    .then()
                    .statusCode(200);
        }
        if (Set.of("DRAFT", "RETURNED", "ADJUSTING").contains(status)) {
            // An ERROR finding (no overall goal): a submission probe is then refused with 422 and changes nothing.
            editor().contentType(Api.MERGE_PATCH)
                    .header("If-Match", editor().get(path).header("ETag"))
                    .body("{\"overallGoal\": null}")
                    .patch(path)
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    @Test
    void allowedActionsAgreeWithWhatEveryEndpointPermits() {
        code = Api.uniqueCode("AA");
        department = Api.createDepartment(code, "东莞市归国华侨联合会");
        List<String> disagreements = new ArrayList<>();
        for (String status : STATUSES) {
            String id = tableIn(status);
            for (Map.Entry<String, Function<Void, RequestSpecification>> role : roles().entrySet()) {
                RequestSpecification as = role.getValue().apply(null);
                Response read = as.get("/api/v1/budgets/" + id);
                Set<String> listed = new TreeSet<>();
                if (read.statusCode() == 200) {
                    listed.addAll(read.jsonPath().getList("allowedActions"));
                    assertThat(read.header("Vary")).isEqualTo("Authorization");
                } else {
                    assertThat(read.statusCode())
                            .as("%s reads a %s table", role.getKey(), status)
                            .isEqualTo(404);
                }
                Set<String> permitted = new TreeSet<>();
                for (String action : List.of(
                        "EDIT",
                        "DELETE",
                        "RUN_CHECKS",
                        "RECORD_MONITORING",
                        "RECORD_SELF_EVALUATION",
                        "SUBMIT",
                        "RETURN",
                        "APPROVE",
                        "ADJUST")) {
                    int answer = probe(role.getValue().apply(null), id, action);
                    if (!refused(answer)) {
                        permitted.add(action);
                    }
                    if (answer == 200 && TRANSITIONS.contains(action)) {
                        id = tableIn(status);
                    }
                }
                if (!listed.equals(permitted)) {
                    disagreements.add(
                            status + " × " + role.getKey() + ": listed " + listed + ", permitted " + permitted);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static boolean refused(int status) {
        return status == 403 || status == 404 || status == 409;
    }

    /** Sends the request that takes {@code action} on the table, so that it changes nothing. */
    private int probe(RequestSpecification as, String id, String action) {
        String path = "/api/v1/budgets/" + id;
        Response answer = switch (action) {
            case "EDIT" ->
                as.contentType(Api.MERGE_PATCH)
                        .header("If-Match", "\"999999\"")
                        .body("{\"staffCount\": 1}")
                        .patch(path);
            case "DELETE" -> as.header("If-Match", STALE).delete(path);
            case "RUN_CHECKS" -> as.post(path + "/reviews");
            case "RECORD_MONITORING" ->
                as.contentType(ContentType.JSON)
                        .body(Map.of("month", 6, "spentToDate", "0.00"))
                        .post(path + "/monitoring-reports");
            case "RECORD_SELF_EVALUATION" ->
                as.contentType(ContentType.JSON)
                        .body(Map.of("adjustedBudget", "100.00", "spent", "50.00"))
                        .post(path + "/self-evaluations");
            case "SUBMIT" -> as.header("If-Match", STALE).post(path + "/submit");
            case "RETURN" ->
                as.header("If-Match", STALE)
                        .contentType(ContentType.JSON)
                        .body(Map.of("comment", "请补充"))
                        .post(path + "/return");
            case "APPROVE" -> as.header("If-Match", STALE).post(path + "/approve");
            case "ADJUST" -> as.header("If-Match", STALE).post(path + "/adjust");
            default -> throw new IllegalArgumentException(action);
        };
        if (action.equals("SUBMIT")) {
            // A submission that gets through would change the table: the probe must be blocked by the findings.
            assertThat(answer.statusCode()).isNotEqualTo(200);
        }
        return answer.statusCode();
    }

    @Test
    void aReviewerMayApproveASubmittedTableThatAnotherDepartmentsEditorCannotEvenSee() {
        code = Api.uniqueCode("AA");
        department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String draft = tableIn("DRAFT");
        editor().get("/api/v1/budgets/" + draft)
                .then()
                .body("allowedActions", contains("EDIT", "DELETE", "SUBMIT", "RUN_CHECKS"));
        String submitted = tableIn("SUBMITTED");
        String path = "/api/v1/budgets/" + submitted;
        reviewer().get(path).then().statusCode(200).body("allowedActions", contains("RETURN", "APPROVE", "RUN_CHECKS"));
        editor().get(path).then().body("allowedActions", contains("RUN_CHECKS"));
        Api.as(Api.editorOf("NOT-" + code)).get(path).then().statusCode(404);
        Api.as(Api.editorOf("NOT-" + code))
                .get("/api/v1/budgets?departmentId=" + department)
                .then()
                .body("items", empty());
        Api.as(Api.tokenWith(Roles.READER)).get(path).then().body("allowedActions", empty());

        // The list and the review queue carry the same actions for the same caller.
        reviewer()
                .get("/api/v1/budgets?departmentId=" + department + "&status=SUBMITTED")
                .then()
                .body("items[0].allowedActions", contains("RETURN", "APPROVE", "RUN_CHECKS"));
        editor().get("/api/v1/budgets?departmentId=" + department + "&status=DRAFT")
                .then()
                .body("items[0].allowedActions", contains("EDIT", "DELETE", "SUBMIT", "RUN_CHECKS"));
        List<Map<String, Object>> queue =
                reviewer().get("/api/v1/review-queue?size=100").then().extract().path("items");
        assertThat(queue.stream().filter(i -> submitted.equals(i.get("budgetId"))))
                .singleElement()
                .satisfies(
                        i -> assertThat(i.get("allowedActions")).isEqualTo(List.of("RETURN", "APPROVE", "RUN_CHECKS")));

        // An illegal transition names the caller's allowed actions as a field, not only in prose.
        editor().header("If-Match", Api.etag(path))
                .post(path + "/adjust")
                .then()
                .statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("allowedActions", contains("RUN_CHECKS"));

        // The cached document is the same for everyone; the actions are each caller's, the ETag the table's.
        String etag = reviewer().get(path).header("ETag");
        assertThat(editor().get(path).header("ETag")).isEqualTo(etag);
        reviewer()
                .header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("Vary", "Authorization");

        // After approval the department's editors adjust and report on the approved revision.
        reviewer()
                .header("If-Match", Api.etag(path))
                .post(path + "/approve")
                .then()
                .statusCode(200);
        editor().get(path)
                .then()
                .body(
                        "allowedActions",
                        contains("ADJUST", "RECORD_MONITORING", "RECORD_SELF_EVALUATION", "RUN_CHECKS"));
        editor().header("If-Match", Api.etag(path))
                .post(path + "/adjust")
                .then()
                .statusCode(200);
        editor().get(path)
                .then()
                .body(
                        "allowedActions",
                        containsInAnyOrder(
                                "EDIT", "SUBMIT", "RECORD_MONITORING", "RECORD_SELF_EVALUATION", "RUN_CHECKS"));
    }

    @Test
    void meSaysWhoTheCallerIs() {
        Api.as(Api.token("u-42", List.of(Roles.DEPARTMENT_EDITOR, "unrelated-group"), List.of("DG-A", "DG-B")))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo("u-42"))
                .body("roles", contains("department-editor"))
                .body("departments", contains("DG-A", "DG-B"))
                .body("displayName", nullValue());
        String named = io.smallrye.jwt.build.Jwt.issuer("https://perf-targets.local/dev")
                .subject("u-7")
                .groups(Set.of(Roles.FINANCE_REVIEWER))
                .claim("preferred_username", "liming")
                .claim("name", "李明")
                .expiresIn(3600)
                .sign();
        Api.as(named)
                .get("/api/v1/me")
                .then()
                .body("roles", contains("finance-reviewer"))
                .body("departments", empty())
                .body("displayName", equalTo("李明"));
    }
}
