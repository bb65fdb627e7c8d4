package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * While an adjustment (调整) is open, the approved revision stands: monitoring and self-evaluation are recorded
 * against it — its amounts, its targets, its row ids — and not against the working copy being edited.
 */
@QuarkusTest
class AdjustingEvaluationTest {

    private String code;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    @Test
    void monitoringDuringAnAdjustmentIsMeasuredAgainstTheApprovedRevision() throws java.io.IOException {
        code = Api.uniqueCode("ADJ");
        String id = Api.approved(code, Api.dongguanBudget(Api.createDepartment(code, "东莞市归国华侨联合会")));
        String path = "/api/v1/budgets/" + id;
        List<Map<String, Object>> approvedIndicators =
                editor().get(path + "/indicators?size=100").path("items");
        editor().header("If-Match", Api.etag(path))
                .post(path + "/adjust")
                .then()
                .statusCode(200)
                .body("toStatus", equalTo("ADJUSTING"));

        // The working copy changes: 财政拨款 8,427,400.00 → 10,000,000.00 and the first indicator is deleted.
        editor().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(path))
                .body("{\"amounts\": {\"fiscalAppropriation\": \"10000000.00\"}}")
                .patch(path)
                .then()
                .statusCode(200);
        String first = path + "/indicators/" + approvedIndicators.get(0).get("id");
        editor().header("If-Match", Api.etag(first)).delete(first).then().statusCode(204);

        // Measured against the approved revision: 3,000,000 / 8,427,400 = 35.60 %, and the deleted indicator, which
        // the approved table still has, is reported on by its approved id.
        List<Map<String, Object>> progress = approvedIndicators.stream()
                .map(i -> Map.<String, Object>of("indicatorId", i.get("id"), "expectedYearEnd", expected(i)))
                .toList();
        editor().contentType(ContentType.JSON)
                .body(Map.of("month", 6, "spentToDate", "3000000.00", "indicators", progress))
                .post(path + "/monitoring-reports")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .body("revision", equalTo(1))
                .body("result.outcome.execution.executionRatePercent", equalTo("35.60"))
                .body("result.outcome.indicators", org.hamcrest.Matchers.hasSize(approvedIndicators.size()));

        // The blank 自评表 states the approved revision too: the deleted indicator is still a row to report on.
        byte[] form = editor().get(path + "/self-evaluation-form")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(cellTexts(form)).contains((String) approvedIndicators.get(0).get("name"));

        // The working copy itself is what an adjustment edits; it is not what the year is judged by.
        String working = editor().get(path).then().statusCode(200).extract().path("amounts.fiscalAppropriation");
        assertThat(working).isEqualTo("10000000.00");
    }

    private static java.util.Set<String> cellTexts(byte[] xlsx) throws java.io.IOException {
        java.util.Set<String> texts = new java.util.HashSet<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static String expected(Map<String, Object> indicator) {
        Map<String, Object> target = (Map<String, Object>) indicator.get("annualTarget");
        return target.get("number") == null
                ? "达成"
                : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
    }
}
