package org.budgetperf.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * Every change appends exactly one event, in order, in its own transaction: what is refused or rolled back appends
 * none, and each event names the table version the change left.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String TSV = "text/tab-separated-values";

    @SendsInvalidRequests("an invalid patch, a stale If-Match and a file that is no table must leave no event")
    @Test
    void everyKindOfChangeAppendsExactlyOneEventInOrder() {
        long start = Feed.position();
        String code = Api.uniqueCode("EV");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String departmentPath = "/api/v1/departments/" + department;
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(departmentPath))
                .body("{\"staffCount\": 12}")
                .patch(departmentPath)
                .then()
                .statusCode(200);

        // a draft table edited row by row
        String draft = Api.createBudget(Api.minimalBudget(department, 2023))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String draftPath = "/api/v1/budgets/" + draft;
        String patched = given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(draftPath))
                .body("{\"staffCount\": 7}")
                .patch(draftPath)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String task = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "name", "任务", "plannedFunds", "100.00"))
                .post(draftPath + "/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"plannedFunds\": \"250.00\"}")
                .patch(draftPath + "/tasks/" + task)
                .then()
                .statusCode(200);
        String indicator = given().contentType(ContentType.JSON)
                .body(Map.of("level1", "产出指标", "level2", "数量指标", "name", "推送篇数", "annualValue", "≥300篇"))
                .post(draftPath + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"annualValue\": \"≥350篇\"}")
                .patch(draftPath + "/indicators/" + indicator)
                .then()
                .statusCode(200);
        given().header("If-Match", "\"1\"")
                .delete(draftPath + "/indicators/" + indicator)
                .then()
                .statusCode(204);
        given().contentType(ContentType.JSON)
                .header("If-Match", Api.etag(draftPath))
                .body(Map.of("items", List.of(Map.of("kind", "OTHER", "name", "其他任务"))))
                .put(draftPath + "/tasks")
                .then()
                .statusCode(200);
        given().post(draftPath + "/reconciliations").then().statusCode(201);
        given().post(draftPath + "/reviews").then().statusCode(201);

        // refused and rolled-back changes: none of them appends an event
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(draftPath))
                .body("{\"staffCount\": -1}")
                .patch(draftPath)
                .then()
                .statusCode(400);
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"staffCount\": 8}")
                .patch(draftPath)
                .then()
                .statusCode(412);
        given().contentType(TSV)
                .body("这不是一张表\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/budget-imports?departmentCode=" + code)
                .then()
                .statusCode(422);
        given().contentType(TSV)
                .body(RealData.bytes(RealData.DONGGUAN_2024))
                .post("/api/v1/budget-imports?dryRun=true&departmentCode=" + code)
                .then()
                .statusCode(200);

        // the lifecycle of an imported table
        String imported = given().contentType(TSV)
                .body(RealData.bytes(RealData.DONGGUAN_2024))
                .post("/api/v1/budget-imports?departmentCode=" + code)
                .then()
                .statusCode(201)
                .extract()
                .path("budgetId");
        String path = "/api/v1/budgets/" + imported;
        given().header("If-Match", "*").post(path + "/submit").then().statusCode(200);
        Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER))
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("comment", "市本级使用资金未填"))
                .post(path + "/return")
                .then()
                .statusCode(200);
        given().header("If-Match", "*").post(path + "/submit").then().statusCode(200);
        String approvedEtag = Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER))
                .header("If-Match", "*")
                .post(path + "/approve")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        List<Map<String, Object>> rows =
                given().get(path + "/indicators?size=100").path("items");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "month",
                        6,
                        "spentToDate",
                        "4213700.00",
                        "indicators",
                        rows.stream().map(ChangeFeedTest::onTrack).toList()))
                .post(path + "/monitoring-reports")
                .then()
                .statusCode(201);
        given().header("If-Match", "*").post(path + "/adjust").then().statusCode(200);
        ObjectNode set = Api.JSON
                .createObjectNode()
                .put("code", Api.uniqueCode("ev").toLowerCase())
                .put("version", "1");
        set.put("title", "事件测试").put("managementGroup", false);
        set.putObject("weights")
                .put("output", "50")
                .put("outcome", "30")
                .put("satisfaction", "10")
                .put("budgetExecution", "10");
        given().contentType(ContentType.JSON)
                .body(set.toString())
                .post("/api/v1/scoring-weight-sets")
                .then()
                .statusCode(201);
        given().header("If-Match", Api.etag(draftPath)).delete(draftPath).then().statusCode(204);
        String other = Api.createDepartment();
        given().header("If-Match", Api.etag("/api/v1/departments/" + other))
                .delete("/api/v1/departments/" + other)
                .then()
                .statusCode(204);

        List<Map<String, Object>> events = Feed.all(Feed.reader(), start, "departmentId=" + department);
        assertThat(Feed.types(events))
                .containsExactly(
                        "department.created",
                        "department.updated",
                        "budget.created",
                        "budget.updated",
                        "task.created",
                        "task.updated",
                        "indicator.created",
                        "indicator.updated",
                        "indicator.deleted",
                        "task.list-replaced",
                        "check.recorded",
                        "check.recorded",
                        "budget.created",
                        "import.completed",
                        "check.recorded",
                        "check.recorded",
                        "budget.submitted",
                        "budget.returned",
                        "check.recorded",
                        "check.recorded",
                        "budget.submitted",
                        "budget.approved",
                        "monitoring-report.recorded",
                        "budget.adjusting",
                        "budget.deleted");
        List<Long> seqs =
                events.stream().map(e -> ((Number) e.get("seq")).longValue()).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        Map<String, Object> update = events.get(3);
        assertThat(update.get("tableVersion")).isEqualTo(patched);
        assertThat(update.get("data")).isEqualTo(Map.of("changedFields", List.of("staffCount")));
        assertThat(update.get("links")).isEqualTo(Map.of("self", draftPath, "table", draftPath));
        assertThat(events.get(0).get("departmentCode")).isEqualTo(code);
        assertThat(events.get(21).get("tableVersion")).isEqualTo(approvedEtag);
        assertThat((Map<String, Object>) events.get(17).get("data"))
                .containsEntry("fromStatus", "SUBMITTED")
                .containsEntry("toStatus", "RETURNED")
                .containsEntry("comment", "市本级使用资金未填");
        assertThat((Map<String, Object>) events.get(7).get("links"))
                .containsEntry("self", draftPath + "/indicators/" + indicator);
        Map<String, Object> deleted = events.get(24);
        assertThat(deleted.get("fiscalYear")).isEqualTo(2023);
        assertThat(deleted.get("departmentCode")).isEqualTo(code);
        assertThat(deleted.get("tableVersion")).isNull();

        // events without the department filter: the weight set's and the other department's two
        List<String> everything = Feed.types(Feed.all(Feed.reader(), start, ""));
        assertThat(everything).contains("scoring-weight-set.created", "department.deleted");
        assertThat(everything).hasSize(events.size() + 3);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onTrack(Map<String, Object> indicator) {
        Map<String, Object> target = (Map<String, Object>) indicator.get("annualTarget");
        String expected = target.get("number") == null
                ? "达成"
                : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
        return Map.of("indicatorId", indicator.get("id"), "expectedYearEnd", expected);
    }

    @Test
    void filtersByTypeFamilyDepartmentAndYearAndConfinesEditors() {
        long start = Feed.position();
        String codeA = Api.uniqueCode("FA");
        String a = Api.createDepartment(codeA, "甲");
        String codeB = Api.uniqueCode("FB");
        String b = Api.createDepartment(codeB, "乙");
        String tableA =
                Api.createBudget(Api.minimalBudget(a, 2024)).then().extract().path("id");
        Api.createBudget(Api.minimalBudget(b, 2025)).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("level1", "产出指标", "level2", "数量指标", "name", "指标", "annualValue", "≥1个"))
                .post("/api/v1/budgets/" + tableA + "/indicators")
                .then()
                .statusCode(201);

        assertThat(Feed.types(Feed.all(Feed.reader(), start, "type=indicator.*")))
                .containsExactly("indicator.created");
        assertThat(Feed.types(Feed.all(Feed.reader(), start, "type=budget.created&type=department.*")))
                .containsExactly("department.created", "department.created", "budget.created", "budget.created");
        assertThat(Feed.all(Feed.reader(), start, "departmentCode=" + codeB)).hasSize(2);
        assertThat(Feed.all(Feed.reader(), start, "departmentId=" + a)).hasSize(3);
        assertThat(Feed.types(Feed.all(Feed.reader(), start, "fiscalYear=2025")))
                .containsExactly("budget.created");
        // an editor of A sees A's events only, whatever it asks for
        List<Map<String, Object>> seen = Feed.all(Api.editorOf(codeA), start, "");
        assertThat(seen)
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.get("departmentCode")).isEqualTo(codeA));
        assertThat(Feed.all(Api.editorOf(codeA), start, "departmentCode=" + codeB))
                .isEmpty();

        // a full page ends at its last event, a short one at the feed's position
        long position = Feed.position();
        Feed.read(Feed.reader(), "after=" + start + "&limit=1")
                .then()
                .body("events", hasSize(1))
                .body(
                        "lastSeq",
                        equalTo(Feed.all(Feed.reader(), start, "").get(0).get("seq")));
        Feed.read(Feed.reader(), "after=" + start + "&type=indicator.*&limit=5")
                .then()
                .body("lastSeq", equalTo((int) position))
                .body("next", containsString("after=" + position))
                .body("next", containsString("limit=5"));
        // 64-bit positions beyond anything written
        Feed.read(Feed.reader(), "after=3000000000")
                .then()
                .statusCode(200)
                .body("events", hasSize(0))
                .body("lastSeq", equalTo(3000000000L))
                .header("Sunset", notNullValue());
    }

    @SendsInvalidRequests("malformed filters")
    @Test
    void refusesMalformedFiltersNamingTheParameter() {
        for (String[] bad : new String[][] {
            {"after=-1", "after"},
            {"after=abc", "after"},
            {"after=99999999999999999999", "after"},
            {"limit=0", "limit"},
            {"wait=31", "wait"},
            {"type=Budget.Approved", "type"},
            {"type=indicator.**", "type"},
            {"departmentId=x", "departmentId"},
            {"fiscalYear=1999", "fiscalYear"}
        }) {
            Feed.read(Feed.reader(), bad[0]).then().statusCode(400).body("violations[0].field", equalTo(bad[1]));
        }
    }
}
