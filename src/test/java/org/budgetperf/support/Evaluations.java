package org.budgetperf.support;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records evaluations of an approved table through the API, as its department's editor would. */
public final class Evaluations {

    private Evaluations() {}

    /**
     * Records a self-evaluation in which every indicator meets its annual target exactly (a qualitative one scored
     * {@code qualitativePercent}) and the whole budget was spent; returns the run's id.
     */
    public static String selfEvaluationOnTarget(String code, String budgetId, String qualitativePercent) {
        String budget = "/api/v1/budgets/" + budgetId;
        List<Map<String, Object>> indicators =
                Api.as(Api.editorOf(code)).get(budget + "/indicators?size=100").path("items");
        List<Map<String, Object>> tasks =
                Api.as(Api.editorOf(code)).get(budget + "/tasks?size=100").path("items");
        List<Map<String, Object>> actuals = new ArrayList<>();
        for (Map<String, Object> indicator : indicators) {
            String expected = onTarget(indicator);
            actuals.add(
                    expected.equals("达成")
                            ? Map.of(
                                    "indicatorId",
                                    indicator.get("id"),
                                    "actual",
                                    "达成",
                                    "qualitativeScorePercent",
                                    qualitativePercent)
                            : Map.of("indicatorId", indicator.get("id"), "actual", expected));
        }
        List<Map<String, Object>> spending = tasks.stream()
                .map(t -> Map.<String, Object>of("taskId", t.get("id"), "actualSpending", "10.50"))
                .toList();
        String total = Api.as(Api.editorOf(code)).get(budget).path("totals.income");
        return Api.as(Api.editorOf(code))
                .contentType(ContentType.JSON)
                .body(Map.of("adjustedBudget", total, "spent", total, "actuals", actuals, "tasks", spending))
                .post(budget + "/self-evaluations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** What meets the annual target exactly: its number and unit, or 达成 for a qualitative one. */
    @SuppressWarnings("unchecked")
    public static String onTarget(Map<String, Object> indicator) {
        Map<String, Object> target = (Map<String, Object>) indicator.get("annualTarget");
        return target.get("number") == null
                ? "达成"
                : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
    }
}
