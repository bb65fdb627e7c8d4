package org.budgetperf.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Transitions and recorded runs are safe to send from another system: a transition names the table version its
 * caller decided on ({@code If-Match}), and a retry with the same {@code Idempotency-Key} gets the first answer back
 * instead of acting twice (or failing with a 409 because the table already moved on).
 */
@QuarkusTest
class SafeTransitionsTest {

    private String code;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    private static RequestSpecification reviewer() {
        return Api.as(Api.token("safe-reviewer", List.of(Roles.FINANCE_REVIEWER), List.of()));
    }

    /** A submitted Dongguan table of a new department; returns its path. */
    private String submitted() {
        code = Api.uniqueCode("SAFE");
        String id = editor().contentType(ContentType.JSON)
                .body(Api.dongguanBudget(Api.createDepartment(code, "东莞市归国华侨联合会"))
                        .toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/budgets/" + id;
        editor().header("If-Match", Api.etag(path))
                .post(path + "/submit")
                .then()
                .statusCode(200);
        return path;
    }

    private String status(String path) {
        return reviewer().get(path).then().statusCode(200).extract().path("status");
    }

    @Test
    void aTransitionNeedsTheVersionItsCallerSaw() {
        String path = submitted();
        String seen = Api.etag(path);

        // Someone records a check meanwhile: the table is unchanged, the ETag still holds.
        reviewer().post(path + "/reviews").then().statusCode(201);
        assertThat(Api.etag(path)).isEqualTo(seen);

        reviewer()
                .post(path + "/approve")
                .then()
                .statusCode(428)
                .body("code", equalTo("PRECONDITION_REQUIRED"))
                .body("violations[0].field", equalTo("If-Match"));
        reviewer()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "同意"))
                .post(path + "/approve")
                .then()
                .statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        assertThat(status(path)).isEqualTo("SUBMITTED");
        reviewer()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "请补充"))
                .post(path + "/return")
                .then()
                .statusCode(412);
        assertThat(status(path)).isEqualTo("SUBMITTED");

        // Status and role come first: an approved table answers 409 whatever If-Match says.
        reviewer().header("If-Match", seen).post(path + "/approve").then().statusCode(200);
        reviewer()
                .header("If-Match", "\"0\"")
                .post(path + "/approve")
                .then()
                .statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        editor().header("If-Match", "\"0\"").post(path + "/adjust").then().statusCode(412);
        editor().header("If-Match", "*").post(path + "/adjust").then().statusCode(200);
        assertThat(status(path)).isEqualTo("ADJUSTING");
    }

    @Test
    void aRetriedApprovalReplaysTheFirstAnswer() {
        String path = submitted();
        String seen = Api.etag(path);
        String key = "approve-" + code;

        Response first = reviewer()
                .header("If-Match", seen)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "同意"))
                .post(path + "/approve");
        first.then().statusCode(200).body("toStatus", equalTo("APPROVED"));

        // The answer was lost; the same request again: the first 200, not a 409 for an approved table.
        Response retry = reviewer()
                .header("If-Match", seen)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "同意"))
                .post(path + "/approve");
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.jsonPath().getLong("seq")).isEqualTo(first.jsonPath().getLong("seq"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(editor().get(path + "/revisions").then().extract().jsonPath().getList("items"))
                .hasSize(1);

        // The same key for another request is refused; without a key the repeat is the 409 it always was.
        reviewer()
                .header("If-Match", seen)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("comment", "另一个意见"))
                .post(path + "/approve")
                .then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        reviewer()
                .header("If-Match", first.header("ETag"))
                .post(path + "/approve")
                .then()
                .statusCode(409);
        assertThat(status(path)).isEqualTo("APPROVED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRetriedSelfEvaluationIsRecordedOnce() {
        code = Api.uniqueCode("SAFE");
        String id = Api.approved(code, Api.dongguanBudget(Api.createDepartment(code, "东莞市归国华侨联合会")));
        String path = "/api/v1/budgets/" + id;
        List<Map<String, Object>> indicators =
                editor().get(path + "/indicators?size=100").path("items");
        Map<String, Object> evaluation = Map.of(
                "adjustedBudget",
                "8427400.00",
                "spent",
                "8000000.00",
                "actuals",
                indicators.stream()
                        .map(i -> Map.of(
                                "indicatorId",
                                i.get("id"),
                                "actual",
                                reached((Map<String, Object>) i.get("annualTarget")),
                                "qualitativeScorePercent",
                                "90",
                                "deviationExplanation",
                                "按计划完成"))
                        .toList());

        String key = "self-evaluation-" + code;
        Response first = editor().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(evaluation)
                .post(path + "/self-evaluations");
        first.then().statusCode(201);
        Response retry = editor().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(evaluation)
                .post(path + "/self-evaluations");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        editor().get(path + "/self-evaluations").then().body("totalItems", equalTo(1));

        // If-Match is optional on a recording, and a stale one records nothing.
        editor().header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(evaluation)
                .post(path + "/self-evaluations")
                .then()
                .statusCode(412);
        editor().header("If-Match", Api.etag(path))
                .contentType(ContentType.JSON)
                .body(evaluation)
                .post(path + "/self-evaluations")
                .then()
                .statusCode(201);
        editor().get(path + "/self-evaluations").then().body("totalItems", equalTo(2));

        // The checks too: a retried review is one run.
        String review = "review-" + code;
        String run = editor().header("Idempotency-Key", review)
                .post(path + "/reviews")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        editor().header("Idempotency-Key", review)
                .post(path + "/reviews")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(run));
        editor().header("If-Match", "\"0\"")
                .post(path + "/reconciliations")
                .then()
                .statusCode(412);
    }

    /** What a target asks for: its number and unit, its grade, or 达成 for a qualitative one. */
    private static String reached(Map<String, Object> target) {
        if (target != null && "GRADE".equals(target.get("kind"))) {
            return ((String) target.get("raw")).trim();
        }
        return target == null || target.get("number") == null
                ? "达成"
                : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
    }
}
