package org.budgetperf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The indicator library and the value basis: approved tables are open to every reader, drafts only within the
 * caller's departments; hits carry their provenance, parsed target and latest actual.
 */
@QuarkusTest
class IndicatorLibraryApiTest {

    private static final String LIBRARY = "/api/v1/indicator-library";

    @Test
    void findsApprovedIndicatorsForEveryoneAndDraftsOnlyWithinTheCallersDepartments() {
        String approvedCode = Api.uniqueCode("LIBA");
        String approvedDepartment = Api.createDepartment(approvedCode, "东莞市归国华侨联合会");
        String approved = Api.approved(approvedCode, Api.dongguanBudget(approvedDepartment));
        evaluate(approvedCode, approved);

        String draftCode = Api.uniqueCode("LIBB");
        String draftDepartment = Api.createDepartment(draftCode, "草稿部门");
        String draft = editor(draftCode)
                .contentType(ContentType.JSON)
                .body(Api.dongguanBudget(draftDepartment).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String unique = "草稿独有指标" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> indicator = new HashMap<>(Map.of(
                "level1", "产出指标",
                "level2", "数量指标",
                "name", unique,
                "annualValue", "≥12场",
                "valueBasis", "HISTORY",
                "valueBasisNote", "2023年实际完成12场"));
        String indicatorId = editor(draftCode)
                .contentType(ContentType.JSON)
                .body(indicator)
                .post("/api/v1/budgets/" + draft + "/indicators")
                .then()
                .statusCode(201)
                .body("valueBasis", equalTo("HISTORY"))
                .body("valueBasisNote", equalTo("2023年实际完成12场"))
                .body("predecessorId", nullValue())
                .extract()
                .path("id");
        editor(draftCode)
                .get("/api/v1/budgets/" + draft)
                .then()
                .body("indicators.find { it.id == '" + indicatorId + "' }.valueBasis", equalTo("HISTORY"));

        // another department's editor never sees the draft, by name or by department
        editor(approvedCode)
                .queryParam("name", unique)
                .get(LIBRARY)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        editor(approvedCode)
                .queryParam("departmentId", draftDepartment)
                .get(LIBRARY)
                .then()
                .body("totalItems", equalTo(0))
                .body("facets.level2.size()", equalTo(0));
        // its own editors and the finance bureau do
        for (String token : List.of(Api.editorOf(draftCode), Api.tokenWith(Roles.FINANCE_REVIEWER))) {
            Api.as(token)
                    .queryParam("name", unique)
                    .get(LIBRARY)
                    .then()
                    .body("totalItems", equalTo(1))
                    .body("items[0].indicatorId", equalTo(indicatorId))
                    .body("items[0].table.status", equalTo("DRAFT"))
                    .body("items[0].department.code", equalTo(draftCode))
                    .body("items[0].valueBasis", equalTo("HISTORY"))
                    .body("items[0].target.normalized", equalTo("≥12场"))
                    .body("items[0].evaluation", nullValue());
        }

        // the approved table is open to the other department's editor, with its 2024 self-evaluation
        JsonPath found = editor(draftCode)
                .queryParam("name", "推送篇数")
                .queryParam("departmentId", approvedDepartment)
                .get(LIBRARY)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(found.getInt("totalItems")).isEqualTo(1);
        assertThat(found.getString("items[0].name")).isEqualTo("公众号发布推送篇数");
        assertThat(found.getString("items[0].table.status")).isEqualTo("APPROVED");
        assertThat(found.getString("items[0].table.id")).isEqualTo(approved);
        assertThat(found.getInt("items[0].fiscalYear")).isEqualTo(2024);
        assertThat(found.getString("items[0].department.name")).isEqualTo("东莞市归国华侨联合会");
        assertThat(found.getString("items[0].target.operator")).isEqualTo("≥");
        assertThat(found.getString("items[0].target.number")).isEqualTo("300");
        assertThat(found.getString("items[0].evaluation.actual")).isEqualTo("320篇");
        assertThat(found.getString("items[0].evaluation.score")).isNotNull();
        assertThat(found.getString("items[0].evaluation.grade")).isIn("优", "良", "中", "差");
        assertThat(found.getString("facets.level2[0].value")).isEqualTo("数量指标");
        assertThat(found.getString("facets.unit[0].value")).isEqualTo("篇");

        // ranked by similarity: a fragment with the words in another order still finds the indicator first
        editor(draftCode)
                .queryParam("name", "公众号推送篇数")
                .queryParam("departmentId", approvedDepartment)
                .get(LIBRARY)
                .then()
                .body("items[0].name", equalTo("公众号发布推送篇数"));

        // filters: unit and operator of the parsed target, 二级, year
        JsonPath filtered = editor(draftCode)
                .queryParam("departmentId", approvedDepartment)
                .queryParam("level2", "数量指标")
                .queryParam("operator", "GE")
                .queryParam("unit", "次")
                .queryParam("fiscalYear", 2024)
                .get(LIBRARY)
                .then()
                .extract()
                .jsonPath();
        assertThat(filtered.getList("items.name", String.class))
                .containsExactly("开展交流联谊活动次数", "法律服务站服务次数", "开展侨法宣传活动次数", "开展侨文化传播宣传活动次数", "开展(或指导)归国留学人员活动次数");
        assertThat(filtered.getInt("facets.unit[0].count")).isEqualTo(5);

        // a name search pages through its ranked matches: two pages of 2 are the first page of 4, same totals
        java.util.function.Function<String, JsonPath> byName = query -> editor(draftCode)
                .queryParam("name", "活动次数")
                .queryParam("departmentId", approvedDepartment)
                .get(LIBRARY + "?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath four = byName.apply("page=0&size=4");
        List<String> firstTwo = byName.apply("page=0&size=2").getList("items.id", String.class);
        List<String> nextTwo = byName.apply("page=1&size=2").getList("items.id", String.class);
        assertThat(four.getInt("totalItems")).isGreaterThanOrEqualTo(4);
        assertThat(byName.apply("page=1&size=2").getInt("totalItems")).isEqualTo(four.getInt("totalItems"));
        assertThat(four.getList("items.id", String.class))
                .hasSize(4)
                .containsExactlyElementsOf(java.util.stream.Stream.concat(firstTwo.stream(), nextTwo.stream())
                        .toList());
        assertThat(four.getList("items.name", String.class)).allMatch(name -> name.contains("活动次数"));

        // suggestions for the draft: other tables of its framework, never the draft itself
        JsonPath suggested = editor(draftCode)
                .queryParam("name", "公众号发布推送")
                .get("/api/v1/budgets/" + draft + "/indicator-suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(suggested.getList("items.table.id", String.class)).doesNotContain(draft);
        assertThat(suggested.getList("items.indicatorId", String.class)).isNotEmpty();
        assertThat(suggested.getString("items[0].name")).isEqualTo("公众号发布推送篇数");
        editor(approvedCode)
                .queryParam("name", "公众号")
                .get("/api/v1/budgets/" + draft + "/indicator-suggestions")
                .then()
                .statusCode(404);
    }

    /** A fresh request of the department's editor: a specification collects the query parameters given to it. */
    private static RequestSpecification editor(String code) {
        return Api.as(Api.editorOf(code));
    }

    /** Records the 2024 self-evaluation: 320篇 pushed, everything else on target. */
    private static void evaluate(String code, String budget) {
        RequestSpecification editor = Api.as(Api.editorOf(code));
        List<Map<String, Object>> indicators =
                editor.get("/api/v1/budgets/" + budget + "/indicators?size=100").path("items");
        List<String> tasks =
                editor.get("/api/v1/budgets/" + budget + "/tasks?size=100").path("items.id");
        List<Map<String, Object>> actuals = new ArrayList<>();
        for (Map<String, Object> i : indicators) {
            @SuppressWarnings("unchecked")
            Map<String, Object> target = (Map<String, Object>) i.get("annualTarget");
            String actual = i.get("name").equals("公众号发布推送篇数")
                    ? "320篇"
                    : target.get("number") == null
                            ? "达成"
                            : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
            actuals.add(
                    actual.equals("达成")
                            ? Map.of("indicatorId", i.get("id"), "actual", actual, "qualitativeScorePercent", "95")
                            : Map.of("indicatorId", i.get("id"), "actual", actual));
        }
        editor.contentType(ContentType.JSON)
                .body(Map.of(
                        "adjustedBudget",
                        "8427400.00",
                        "spent",
                        "8427400.00",
                        "actuals",
                        actuals,
                        "tasks",
                        tasks.stream()
                                .map(t -> Map.of("taskId", t, "actualSpending", "10.50"))
                                .toList()))
                .post("/api/v1/budgets/" + budget + "/self-evaluations")
                .then()
                .statusCode(201);
    }
}
