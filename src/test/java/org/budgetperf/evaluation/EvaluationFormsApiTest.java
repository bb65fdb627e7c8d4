package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forms in, forms out: the blank 自评表 and monitoring form of the approved Dongguan 2024 table, filled in by program
 * (POI) as a department would, uploaded, and compared with the equivalent JSON request; and the files that must be
 * refused (another form, shifted rows, edited targets, formulas, not a workbook, too large) recording nothing.
 *
 * <p>Filled in "on track": every quantitative indicator reaches exactly its target (number and unit), every other
 * one 达成 at 90 %; 全年预算数 842.74 万元, 全年执行数 800.60 万元 (95.00 %, no reason needed).
 */
@QuarkusTest
class EvaluationFormsApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String code;
    private String id;
    private List<Map<String, Object>> indicators;

    private RequestSpecification editor() {
        return Api.as(Api.editorOf(code));
    }

    @BeforeEach
    void approvedDongguan() {
        code = Api.uniqueCode("FORM");
        id = Api.approved(code, Api.dongguanBudget(Api.createDepartment(code, "东莞市归国华侨联合会")));
        indicators =
                editor().get("/api/v1/budgets/" + id + "/indicators?size=100").path("items");
    }

    private String path(String tail) {
        return "/api/v1/budgets/" + id + tail;
    }

    /** The actual that exactly meets an indicator's target, or null for a qualitative one (达成 at 90 %). */
    @SuppressWarnings("unchecked")
    private static String meets(Map<String, Object> indicator) {
        Map<String, Object> target = (Map<String, Object>) indicator.get("annualTarget");
        return target.get("number") == null
                ? null
                : target.get("number") + (target.get("unit") == null ? "" : (String) target.get("unit"));
    }

    private byte[] blankSelfEvaluationForm() {
        return editor().accept(XLSX)
                .get(path("/self-evaluation-form"))
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment"))
                .extract()
                .asByteArray();
    }

    /** The row of the sheet whose cell in {@code column} shows {@code caption}. */
    private static int rowOf(XSSFSheet sheet, int column, String caption) {
        DataFormatter shown = new DataFormatter();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            XSSFCell cell = row == null ? null : row.getCell(column);
            if (cell != null && caption.equals(shown.formatCellValue(cell))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(caption + " not on the form");
    }

    private interface Edit {
        void apply(XSSFSheet sheet, int firstIndicatorRow) throws IOException;
    }

    /** The blank 自评表 filled in on track, then changed by {@code edit}. */
    private byte[] filledSelfEvaluationForm(Edit edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(blankSelfEvaluationForm()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int amounts = rowOf(sheet, 1, "年初预算数") + 1;
            sheet.getRow(amounts).getCell(2).setCellValue(842.74);
            sheet.getRow(amounts).getCell(3).setCellValue(800.6);
            int first = rowOf(sheet, 2, "三级指标") + 1;
            for (int i = 0; i < indicators.size(); i++) {
                XSSFRow row = sheet.getRow(first + i);
                assertThat(row.getCell(2).getStringCellValue())
                        .isEqualTo(indicators.get(i).get("name"));
                String actual = meets(indicators.get(i));
                row.getCell(5).setCellValue(actual == null ? "达成" : actual);
                if (actual == null) {
                    row.getCell(6).setCellValue(90);
                }
            }
            edit.apply(sheet, first);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The JSON request the on-track form stands for. */
    private String equivalentSelfEvaluation() {
        ObjectNode request = Api.JSON.createObjectNode();
        request.put("adjustedBudget", "8427400.00").put("spent", "8006000.00").put("amountUnit", "YUAN");
        ArrayNode actuals = request.putArray("actuals");
        for (Map<String, Object> indicator : indicators) {
            String actual = meets(indicator);
            ObjectNode entry = actuals.addObject().put("indicatorId", (String) indicator.get("id"));
            entry.put("actual", actual == null ? "达成" : actual);
            if (actual == null) {
                entry.put("qualitativeScorePercent", "90");
            }
        }
        return request.toString();
    }

    private JsonNode json(String body) throws IOException {
        return Api.JSON.readTree(body);
    }

    private void nothingRecorded() {
        editor().get(path("/self-evaluations")).then().statusCode(200).body("totalItems", equalTo(0));
        editor().get(path("/monitoring-reports")).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theSelfEvaluationFormRoundTripsToTheSameOutcomeAsJson() throws IOException {
        byte[] blank = blankSelfEvaluationForm();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int first = rowOf(sheet, 2, "三级指标") + 1;
            assertThat(sheet.getRow(first).getCell(3).getStringCellValue()).isEqualTo("≥300篇");
            assertThat(sheet.getRow(rowOf(sheet, 1, "年初预算数") + 1).getCell(1).getNumericCellValue())
                    .isEqualTo(842.74);
            assertThat(sheet.getRow(first).getCell(5).getStringCellValue()).isEmpty();
            // qualitative cells offer 达成 / 部分达成 / 未达成
            assertThat(sheet.getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactly("达成", "部分达成", "未达成"));
        }
        byte[] filled = filledSelfEvaluationForm((sheet, first) -> {});

        String preview = editor().contentType(XLSX)
                .body(filled)
                .post(path("/self-evaluations?preview=true"))
                .then()
                .statusCode(200)
                .body("formImport.findings.code", hasItem("FORM_VALUE_READ"))
                .extract()
                .asString();
        nothingRecorded();

        String viaJson = editor().contentType(ContentType.JSON)
                .body(equivalentSelfEvaluation())
                .post(path("/self-evaluations"))
                .then()
                .statusCode(201)
                .extract()
                .asString();
        String viaForm = editor().contentType(XLSX)
                .body(filled)
                .post(path("/self-evaluations"))
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/self-evaluations/"))
                .body("formImport.findings.findAll { it.code == 'FORM_VALUE_READ' }.location", hasItem("C5"))
                .extract()
                .asString();
        assertThat(json(viaForm).path("result")).isEqualTo(json(viaJson).path("result"));
        assertThat(json(viaForm).path("outcome")).isEqualTo(json(viaJson).path("outcome"));
        ObjectNode previewOutcome = (ObjectNode) json(preview);
        previewOutcome.remove("formImport");
        assertThat(previewOutcome).isEqualTo(json(viaJson).path("result").path("outcome"));
        editor().get(path("/self-evaluations")).then().body("totalItems", equalTo(2));
    }

    @Test
    void theMonitoringFormRoundTripsToTheSameReportAsJson() throws IOException {
        byte[] blank = editor().accept(XLSX)
                .queryParam("month", 6)
                .get(path("/monitoring-form"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            sheet.getRow(rowOf(sheet, 1, "全年预算数") + 1).getCell(2).setCellValue(421.37);
            int first = rowOf(sheet, 2, "三级指标") + 1;
            for (int i = 0; i < indicators.size(); i++) {
                String actual = meets(indicators.get(i));
                sheet.getRow(first + i).getCell(5).setCellValue(actual == null ? "达成" : actual);
            }
            XSSFRow behind = sheet.getRow(first);
            behind.getCell(4).setCellValue("120篇");
            behind.getCell(5).setCellValue("250篇");
            behind.getCell(6).setCellValue("上半年活动延期");
            behind.getCell(7).setCellValue("下半年加密推送");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        ObjectNode report = Api.JSON.createObjectNode();
        report.put("month", 6).put("budget", "8427400.00").put("spentToDate", "4213700.00");
        report.put("amountUnit", "YUAN");
        ArrayNode progress = report.putArray("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            String actual = meets(indicators.get(i));
            ObjectNode entry = progress.addObject()
                    .put("indicatorId", (String) indicators.get(i).get("id"));
            if (i == 0) {
                entry.put("valueToDate", "120篇").put("expectedYearEnd", "250篇");
                entry.put("cause", "上半年活动延期").put("measure", "下半年加密推送");
            } else {
                entry.put("expectedYearEnd", actual == null ? "达成" : actual);
            }
        }
        String viaJson = editor().contentType(ContentType.JSON)
                .body(report.toString())
                .post(path("/monitoring-reports"))
                .then()
                .statusCode(201)
                .extract()
                .asString();
        String viaForm = editor().contentType(XLSX)
                .body(filled)
                .post(path("/monitoring-reports"))
                .then()
                .statusCode(201)
                .body("month", equalTo(6))
                .body("outcome", equalTo("GREEN"))
                .body("result.outcome.indicators[0].light", equalTo("YELLOW"))
                .extract()
                .asString();
        assertThat(json(viaForm).path("result")).isEqualTo(json(viaJson).path("result"));
    }

    @Test
    void shiftedRowsAreRefusedNamingTheCell() throws IOException {
        // A row inserted after the first indicator: every later row is one down, and the inserted one is named.
        byte[] shifted = filledSelfEvaluationForm((sheet, first) -> {
            sheet.shiftRows(first + 1, sheet.getLastRowNum(), 1);
            XSSFRow inserted = sheet.createRow(first + 1);
            inserted.createCell(0).setCellValue("产出指标");
            inserted.createCell(2).setCellValue("自行增加的指标");
            inserted.createCell(3).setCellValue("≥1个");
            inserted.createCell(5).setCellValue("1个");
        });
        editor().contentType(XLSX)
                .body(shifted)
                .post(path("/self-evaluations"))
                .then()
                .statusCode(422)
                .body("code", equalTo("FORM_MISMATCH"))
                .body("violations[0].in", equalTo("file"))
                .body("violations[0].field", equalTo("C" + (firstRow(shifted) + 2)));
        // A blank row inserted changes nothing: rows are read down to the end of the block.
        byte[] spaced =
                filledSelfEvaluationForm((sheet, first) -> sheet.shiftRows(first + 1, sheet.getLastRowNum(), 1));
        editor().contentType(XLSX)
                .body(spaced)
                .post(path("/self-evaluations?preview=true"))
                .then()
                .statusCode(200);
        byte[] swapped = filledSelfEvaluationForm((sheet, first) -> {
            sheet.getRow(first).getCell(2).setCellValue((String)
                    indicators.get(1).get("name"));
        });
        editor().contentType(XLSX)
                .body(swapped)
                .post(path("/self-evaluations"))
                .then()
                .statusCode(422)
                .body("code", equalTo("FORM_MISMATCH"))
                .body("violations.field", hasItem("C" + (firstRow(swapped) + 1)));
        nothingRecorded();
    }

    private static int firstRow(byte[] form) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            return rowOf(workbook.getSheetAt(0), 2, "三级指标") + 1;
        }
    }

    @Test
    void anEditedTargetIsRefusedWhenRecordingAndReportedInThePreview() throws IOException {
        byte[] edited = filledSelfEvaluationForm(
                (sheet, first) -> sheet.getRow(first).getCell(3).setCellValue("≥100篇"));
        String cell = "D" + (firstRow(edited) + 1);
        editor().contentType(XLSX)
                .body(edited)
                .post(path("/self-evaluations"))
                .then()
                .statusCode(422)
                .body("code", equalTo("FORM_MISMATCH"))
                .body("violations.field", equalTo(List.of(cell)));
        editor().contentType(XLSX)
                .body(edited)
                .post(path("/self-evaluations?preview=true"))
                .then()
                .statusCode(200)
                .body("formImport.findings.find { it.code == 'FORM_TARGET_CHANGED' }.location", equalTo(cell))
                .body("indicators[0].target.raw", equalTo("≥300篇"));
        nothingRecorded();
    }

    @Test
    void whatTheRulesRefuseNamesTheCellItCameFrom() throws IOException {
        byte[] missed = filledSelfEvaluationForm(
                (sheet, first) -> sheet.getRow(first).getCell(5).setCellValue("100篇"));
        editor().contentType(XLSX)
                .body(missed)
                .post(path("/self-evaluations"))
                .then()
                .statusCode(422)
                .body("code", equalTo("EVALUATION_INCOMPLETE"))
                .body("violations.field", equalTo(List.of("H" + (firstRow(missed) + 1))))
                .body("violations[0].in", equalTo("file"))
                .body("violations[0].message", startsWith("actuals[0].deviationExplanation: "));
        nothingRecorded();
    }

    @Test
    void aFormulaInAnActualCellIsRefused() throws IOException {
        byte[] formula = filledSelfEvaluationForm((sheet, first) -> {
            sheet.getRow(first).getCell(5).setCellFormula("299+1");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        String cell = "F" + (firstRow(formula) + 1);
        editor().contentType(XLSX)
                .body(formula)
                .post(path("/self-evaluations"))
                .then()
                .statusCode(422)
                .body("code", equalTo("FORM_MISMATCH"))
                .body("violations.field", equalTo(List.of(cell)));
        nothingRecorded();
    }

    @Test
    void anotherFormIsNotASelfEvaluationForm() {
        byte[] targetTable = editor().accept(XLSX)
                .queryParam("format", "xlsx")
                .get(path("/export"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        editor().contentType(XLSX)
                .body(targetTable)
                .post(path("/self-evaluations"))
                .then()
                .statusCode(422)
                .body("code", equalTo("IMPORT_NOT_A_TABLE"));
        editor().contentType(XLSX)
                .body(targetTable)
                .post(path("/monitoring-reports"))
                .then()
                .statusCode(422)
                .body("code", equalTo("IMPORT_NOT_A_TABLE"));
        nothingRecorded();
    }

    @Test
    @SendsInvalidRequests("a body that is no xlsx workbook under the xlsx media type, and one over the body limit")
    void aFileThatIsNoWorkbookOrTooLargeIsRefused() {
        editor().contentType(XLSX)
                .body("adjustedBudget,spent\n1,1".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(path("/self-evaluations"))
                .then()
                .statusCode(422)
                .body("code", equalTo("IMPORT_UNREADABLE"));
        editor().contentType(XLSX)
                .body(new byte[3 * 1024 * 1024])
                .post(path("/self-evaluations"))
                .then()
                .statusCode(413);
        nothingRecorded();
    }
}
