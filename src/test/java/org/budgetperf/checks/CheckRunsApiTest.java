package org.budgetperf.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.Evaluations;
import org.junit.jupiter.api.Test;

/**
 * A recorded run reads back exactly as it was answered when it was recorded, for every kind of run: the result
 * is stored as JSON but read back into the type the rules produced, so a result type that does not survive the
 * trip (a field the stored JSON cannot restore) shows here.
 */
@QuarkusTest
class CheckRunsApiTest {

    private String code;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    @Test
    void everyKindOfRunReadsBackAsRecorded() throws IOException {
        code = Api.uniqueCode("RUN");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String id = editor().contentType(ContentType.JSON)
                .body(Api.dongguanBudget(department).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String budget = "/api/v1/budgets/" + id;
        List<String> recorded = new ArrayList<>();
        recorded.add(record(budget + "/reconciliations", null));
        recorded.add(record(budget + "/reviews", null));

        editor().post(budget + "/submit").then().statusCode(200);
        Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER))
                .post(budget + "/approve")
                .then()
                .statusCode(200);
        List<Map<String, Object>> indicators =
                editor().get(budget + "/indicators?size=100").path("items");
        List<Map<String, Object>> tasks =
                editor().get(budget + "/tasks?size=100").path("items");
        List<Map<String, Object>> progress = new ArrayList<>();
        List<Map<String, Object>> actuals = new ArrayList<>();
        for (Map<String, Object> indicator : indicators) {
            String expected = Evaluations.onTarget(indicator);
            progress.add(Map.of("indicatorId", indicator.get("id"), "expectedYearEnd", expected));
            actuals.add(
                    expected.equals("达成")
                            ? Map.of(
                                    "indicatorId",
                                    indicator.get("id"),
                                    "actual",
                                    "达成",
                                    "qualitativeScorePercent",
                                    "95.5")
                            : Map.of("indicatorId", indicator.get("id"), "actual", expected));
        }
        List<Map<String, Object>> spending = tasks.stream()
                .map(t -> Map.<String, Object>of("taskId", t.get("id"), "actualSpending", "10.50"))
                .toList();
        recorded.add(record(
                budget + "/monitoring-reports",
                Map.of("month", 6, "spentToDate", "3000000.00", "indicators", progress, "tasks", spending)));
        recorded.add(record(
                budget + "/self-evaluations",
                Map.of("adjustedBudget", "8427400.00", "spent", "8427400.00", "actuals", actuals, "tasks", spending)));

        for (String answer : recorded) {
            ObjectNode run = recordedPart(Api.JSON.readTree(answer));
            String runs = budget + "/" + collection(run.get("kind").asText());
            String path = runs + "/" + run.get("id").asText();
            assertThat(recordedPart(read(path))).as(path).isEqualTo(run);
            JsonNode listed = null;
            for (JsonNode item : read(runs + "?size=100").get("items")) {
                listed = item.get("id").equals(run.get("id")) ? item : listed;
            }
            assertThat(listed).as(path + " in its list").isNotNull();
            assertThat(recordedPart(listed)).as(path + " in its list").isEqualTo(run);
        }
    }

    private JsonNode read(String path) throws IOException {
        return Api.JSON.readTree(
                editor().get(path).then().statusCode(200).extract().asString());
    }

    /** The run without what compares it with the present when it is read (later changes, later reports). */
    private static ObjectNode recordedPart(JsonNode run) {
        ObjectNode copy = (ObjectNode) run.deepCopy();
        copy.remove(List.of("current", "superseded"));
        return copy;
    }

    /** Records a run and returns the answer, a 201 with the run. */
    private String record(String path, Map<String, Object> body) {
        RequestSpecification request =
                body == null ? editor() : editor().contentType(ContentType.JSON).body(body);
        return request.post(path).then().statusCode(201).extract().asString();
    }

    private static String collection(String kind) {
        return switch (kind) {
            case "RECONCILIATION" -> "reconciliations";
            case "REVIEW" -> "reviews";
            case "MONITORING" -> "monitoring-reports";
            default -> "self-evaluations";
        };
    }
}
