package org.budgetperf.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * The whole story of a table with real tokens: draft → submit blocked by an ERROR → fix → submit →
 * return with reasons → fix → submit → approve → adjust → submit → approve, checking states, history,
 * revisions, the diff and the event feed at each step.
 */
@QuarkusTest
class LifecycleStoryTest {

    private String path;
    private String code;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    private static RequestSpecification reviewer() {
        return Api.as(Api.token("bureau-reviewer", List.of(Roles.FINANCE_REVIEWER), List.of()));
    }

    private void patch(String target, String json) {
        editor().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.as(Api.editorOf(code)).get(target).header("ETag"))
                .body(json)
                .patch(target)
                .then()
                .statusCode(200);
    }

    private String status() {
        return editor().get(path).then().extract().path("status");
    }

    @SendsInvalidRequests("a return without the comment it requires")
    @Test
    void walksATableFromDraftThroughReturnApprovalAndAdjustment() {
        code = Api.uniqueCode("LC");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String id = editor().contentType(ContentType.JSON)
                .body(Api.dongguanBudget(department).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        path = "/api/v1/budgets/" + id;
        long eventsBefore = reviewer()
                .get("/api/v1/events?limit=500")
                .then()
                .extract()
                .jsonPath()
                .getLong("lastSeq");

        // Illegal actions and wrong roles.
        reviewer()
                .header("If-Match", Api.etag(path))
                .post(path + "/approve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("detail", containsString("DRAFT"))
                .body("detail", containsString("submit"));
        reviewer()
                .header("If-Match", Api.etag(path))
                .post(path + "/submit")
                .then()
                .statusCode(403);

        // An ERROR finding blocks the submission; the checks stay recorded.
        patch(path, "{\"overallGoal\": null}");
        editor().header("If-Match", Api.etag(path))
                .post(path + "/submit")
                .then()
                .statusCode(422)
                .body("code", equalTo("SUBMISSION_BLOCKED"))
                .body("violations.field", hasItem("overallGoal"));
        assertThat(status()).isEqualTo("DRAFT");
        editor().get(path + "/reviews")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].outcome", equalTo("NOT_SUBMITTABLE"));

        // Fixed, submitted; now frozen for the department.
        patch(path, "{\"overallGoal\": \"<p>目标一:始终坚持正确方向。</p>\"}");
        editor().contentType(ContentType.JSON)
                .body(Map.of("comment", "请审核"))
                .header("If-Match", Api.etag(path))
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .body("toStatus", equalTo("SUBMITTED"))
                .body("reviewRunId", notNullValue())
                .body("reconciliationRunId", notNullValue())
                .body("revision", equalTo(1));
        editor().contentType(Api.MERGE_PATCH)
                .header("If-Match", editor().get(path).header("ETag"))
                .body("{\"staffCount\": 3}")
                .patch(path)
                .then()
                .statusCode(409);
        String task = editor().get(path + "/tasks").path("items[0].id");
        editor().header("If-Match", "\"0\"")
                .delete(path + "/tasks/" + task)
                .then()
                .statusCode(409);
        reviewer()
                .get("/api/v1/review-queue?size=100")
                .then()
                .statusCode(200)
                .body("items.budgetId", hasItem(id))
                .body("items.find { it.budgetId == '" + id + "' }.reconciliationOutcome", equalTo("BALANCED"));
        editor().get("/api/v1/review-queue").then().statusCode(403);

        // Returned with reasons, fixed, submitted again, approved.
        reviewer()
                .contentType(ContentType.JSON)
                .body("{}")
                .header("If-Match", Api.etag(path))
                .post(path + "/return")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("comment"));
        reviewer()
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "市本级使用资金未填"))
                .header("If-Match", Api.etag(path))
                .post(path + "/return")
                .then()
                .statusCode(200)
                .body("toStatus", equalTo("RETURNED"))
                .body("comment", equalTo("市本级使用资金未填"));
        patch(path, "{\"amountUnit\": \"WAN_YUAN\", \"amounts\": {\"cityLevelFunds\": \"29.30\"}}");
        editor().header("If-Match", Api.etag(path))
                .post(path + "/submit")
                .then()
                .statusCode(200);
        reviewer()
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "同意"))
                .header("If-Match", Api.etag(path))
                .post(path + "/approve")
                .then()
                .statusCode(200)
                .body("toStatus", equalTo("APPROVED"))
                .body("revision", equalTo(1));
        reviewer().get("/api/v1/review-queue?size=100").then().body("items.budgetId", not(hasItem(id)));
        editor().get(path).then().body("status", equalTo("APPROVED")).body("revision", equalTo(1));
        editor().contentType(Api.MERGE_PATCH)
                .header("If-Match", editor().get(path).header("ETag"))
                .body("{\"staffCount\": 3}")
                .patch(path)
                .then()
                .statusCode(409);
        editor().header("If-Match", editor().get(path).header("ETag"))
                .delete(path)
                .then()
                .statusCode(409);

        // Adjustment: a new revision, the approved one stays readable exactly as approved.
        editor().header("If-Match", Api.etag(path))
                .post(path + "/adjust")
                .then()
                .statusCode(200)
                .body("toStatus", equalTo("ADJUSTING"))
                .body("revision", equalTo(2));
        patch(
                path,
                "{\"amountUnit\": \"WAN_YUAN\", \"amounts\": {\"projectExpenditure\": \"272.93\", \"fiscalAppropriation\": \"852.74\"}}");
        patch(path + "/tasks/" + task, "{\"plannedFunds\": \"732600.00\"}");
        String indicator = editor().get(path + "/indicators").path("items[5].id");
        patch(path + "/indicators/" + indicator, "{\"periodValue\": \"21人次\"}");
        editor().get(path + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].state", equalTo("APPROVED"))
                .body("items[0].approvedBy", equalTo("bureau-reviewer"))
                .body("items[1].state", equalTo("ADJUSTING"));
        editor().get(path + "/revisions/1")
                .then()
                .statusCode(200)
                .body("amounts.projectExpenditure", equalTo("2629300.00"))
                .body("status", equalTo("APPROVED"))
                .body("tasks[0].plannedFunds", equalTo("632600.00"));
        // The approved revision exports as frozen; the working one as the table is now.
        editor().queryParam("format", "tsv")
                .get(path + "/revisions/1/export")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"r1\""))
                .header("Content-Disposition", containsString("-r1.tsv\""))
                .body(containsString("262.93"), org.hamcrest.Matchers.not(containsString("272.93")));
        editor().queryParam("format", "xlsx")
                .get(path + "/revisions/2/export")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("ETag", org.hamcrest.Matchers.startsWith("\"r2-v"));
        editor().header("If-Match", Api.etag(path))
                .post(path + "/submit")
                .then()
                .statusCode(200);
        reviewer()
                .header("If-Match", Api.etag(path))
                .post(path + "/approve")
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));

        // What changed from revision 1 to 2: an auditor's first question.
        editor().get(path + "/revisions/2/changes")
                .then()
                .statusCode(200)
                .body("from", equalTo(1))
                .body("to", equalTo(2))
                .body("changes.find { it.field == 'projectExpenditure' }.before", equalTo("2629300.00"))
                .body("changes.find { it.field == 'projectExpenditure' }.after", equalTo("2729300.00"))
                .body("changes.find { it.section == 'task' && it.field == 'plannedFunds' }.after", equalTo("732600.00"))
                .body("changes.find { it.section == 'indicator' && it.field == 'periodValue' }.before", equalTo("7人次"))
                .body(
                        "changes.find { it.section == 'indicator' && it.field == 'periodValue' }.name",
                        equalTo("慰问困难归侨人次"));
        editor().get(path + "/revisions/1").then().body("amounts.projectExpenditure", equalTo("2629300.00"));
        editor().get(path + "/revisions/2").then().body("amounts.projectExpenditure", equalTo("2729300.00"));
        editor().get(path + "/revisions/3").then().statusCode(404);
        editor().get(path + "/revisions/1/changes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("since"));
        editor().get(path + "/revisions/1/changes?since=2")
                .then()
                .statusCode(200)
                .body("changes.find { it.field == 'projectExpenditure' }.after", equalTo("2629300.00"));

        // History and the event feed tell the same story, with comments and actors.
        editor().get(path + "/history?size=100")
                .then()
                .body(
                        "items.findAll { it.entityType == 'BUDGET' }.operation",
                        equalTo(List.of(
                                "APPROVE", "SUBMIT", "UPDATE", "ADJUST", "APPROVE", "SUBMIT", "UPDATE", "RETURN",
                                "SUBMIT", "UPDATE", "UPDATE", "CREATE")))
                .body("items.find { it.operation == 'RETURN' }.after.comment", equalTo("市本级使用资金未填"))
                .body("items.find { it.operation == 'RETURN' }.actor", equalTo("bureau-reviewer"));
        reviewer()
                .get("/api/v1/events?limit=500&after=" + eventsBefore)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.budgetId == '" + id + "' }.type",
                        equalTo(List.of(
                                "SUBMITTED",
                                "RETURNED",
                                "SUBMITTED",
                                "APPROVED",
                                "ADJUSTING",
                                "SUBMITTED",
                                "APPROVED")));
        Api.as(Api.editorOf("SOMEONE-ELSE"))
                .get("/api/v1/events?limit=500&after=" + eventsBefore)
                .then()
                .body("items.budgetId", not(hasItem(id)));
    }
}
