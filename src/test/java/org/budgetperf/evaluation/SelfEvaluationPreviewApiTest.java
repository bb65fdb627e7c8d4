package org.budgetperf.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /self-evaluation-previews}: the real Yuzhong 2021 自评表 uploaded as it is, scored under a chosen weight
 * set without any stored table.
 *
 * <p>Under "as declared" the form's own weights hold line by line (产出 15 + 5 × 5 = 40, 效益 3 × 5 = 15, 满意度 15,
 * 管理 10 + 2 + 6 + 2 + 2 = 22, 预算执行率 8 = 100), and its 预算执行率 row (B21) is the R-SCO-2 line: 6643 / 7574 =
 * 87.71 %, ⌈(90 − 87.71) / 5⌉ = 1 point off → 8 − 1 = 7.00 (the form's typed 88 % agrees at its precision). With the
 * evaluator's percentages 100 for 达成 (合规 B22, 明确 B24, 合规 B25) and 70 for 部分达成 (较有效 B23, 较健全 B26), 管理
 * scores 10 + 1.40 + 6 + 2 + 1.40 = 20.80 and the total is 40 + 15 + 15 + 20.80 + 7 = 97.80 (优). Under the national
 * set the same file gives today's 99.00: 产出 50 + 效益 30 + 满意度 10 + 预算执行率 10 − 1, 管理 not weighted.
 */
@QuarkusTest
class SelfEvaluationPreviewApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PATH = "/api/v1/self-evaluation-previews";

    private static Response preview(byte[] file, String query) {
        return Api.as(Api.tokenWith(Roles.READER))
                .contentType(XLSX)
                .body(file)
                .post(PATH + (query.isEmpty() ? "" : "?" + query));
    }

    private static final String PERCENTS = "qualitativeScore=B22:100&qualitativeScore=B23:70&qualitativeScore=B24:100"
            + "&qualitativeScore=B25:100&qualitativeScore=B26:70";

    @Test
    void yuzhongAsDeclaredScoresWithTheFormsOwnWeightsAndRuleLineByLine() throws IOException {
        preview(RealData.bytes(RealData.YUZHONG_2021), "weightSet=as-declared&" + PERCENTS)
                .then()
                .statusCode(200)
                .body("weightSet", equalTo("as-declared@2026.1"))
                .body("form.adjustedBudget", equalTo("75740000.00"))
                .body("form.spent", equalTo("66430000.00"))
                .body("locations", hasSize(16))
                .body("locations[10]", equalTo("B21"))
                .body("findings.code", hasItem("EXECUTION_RATE_STATED"))
                .body("outcome.weightSet", equalTo("as-declared"))
                .body("outcome.weightsVersion", equalTo("2026.1"))
                // 产出 40: 15 + 5 × 5, as the form states
                .body("outcome.indicators[0].weight", equalTo("15.00"))
                .body("outcome.indicators[0].weightFormula", containsString("weight set as-declared@2026.1"))
                .body("outcome.indicators[1].weight", equalTo("5.00"))
                .body("outcome.groups.find { it.group == 'OUTPUT' }.score", equalTo("40.00"))
                // 效益 15, 满意度 15
                .body("outcome.indicators[6].weight", equalTo("5.00"))
                .body("outcome.groups.find { it.group == 'OUTCOME' }.score", equalTo("15.00"))
                .body("outcome.indicators[9].weight", equalTo("15.00"))
                .body("outcome.groups.find { it.group == 'SATISFACTION' }.score", equalTo("15.00"))
                // 预算执行率 8: the row is the R-SCO-2 line, scored once, one point off at 87.71 %
                .body("outcome.indicators[10].name", equalTo("预算执行率"))
                .body("outcome.indicators[10].ruleId", equalTo("R-SCO-2"))
                .body("outcome.indicators[10].score", equalTo("0.00"))
                .body("outcome.indicators[10].weightFormula", containsString("counted there once"))
                .body("outcome.budgetExecution.indicatorIndex", equalTo(10))
                .body("outcome.budgetExecution.weight", equalTo("8"))
                .body("outcome.budgetExecution.ratePercent", equalTo("87.71"))
                .body("outcome.budgetExecution.deductedPoints", equalTo(1))
                .body("outcome.budgetExecution.score", equalTo("7.00"))
                .body("outcome.budgetExecution.notes", hasItem(containsString("weight set as-declared@2026.1")))
                .body("outcome.budgetExecution.notes", hasItem(containsString("agrees with 87.71")))
                // 管理 22 with the evaluator's percentages: 10 + 1.40 + 6 + 2 + 1.40
                .body("outcome.indicators[11].weight", equalTo("10.00"))
                .body("outcome.indicators[12].score", equalTo("1.40"))
                .body("outcome.indicators[12].formula", containsString("70 % (band 60–80 %)"))
                .body("outcome.groups.find { it.group == 'MANAGEMENT' }.score", equalTo("20.80"))
                .body("outcome.total", equalTo("97.80"))
                .body("outcome.grade", equalTo("优"))
                .body("outcome.invalid", hasSize(0));
    }

    @Test
    void yuzhongUnderTheNationalSetGivesTodaysNinetyNine() throws IOException {
        for (String query : new String[] {"weightSet=national", "weightSet=national@2026.1", ""}) {
            preview(RealData.bytes(RealData.YUZHONG_2021), query)
                    .then()
                    .statusCode(200)
                    .body("weightSet", equalTo("national@2026.1"))
                    .body("outcome.indicators[0].weight", equalTo("18.75"))
                    .body("outcome.indicators[0].weightFormula", containsString("weight set national@2026.1"))
                    .body("outcome.groups.find { it.group == 'OUTPUT' }.score", equalTo("50.00"))
                    .body("outcome.groups.find { it.group == 'MANAGEMENT' }.score", equalTo("0.00"))
                    .body("outcome.indicators[11].weightFormula", containsString("has weight 0 in weight set national"))
                    .body("outcome.budgetExecution.weight", equalTo("10"))
                    .body("outcome.budgetExecution.score", equalTo("9.00"))
                    .body("outcome.total", equalTo("99.00"))
                    .body("outcome.grade", equalTo("优"));
        }
    }

    @Test
    void withoutTheEvaluatorsPercentagesTheQualitativeLinesAreProvisionalAndListed() throws IOException {
        preview(RealData.bytes(RealData.YUZHONG_2021), "weightSet=as-declared")
                .then()
                .statusCode(200)
                .body("outcome.total", equalTo("93.80"))
                .body("outcome.invalid", hasSize(5))
                .body("outcome.invalid[0].field", equalTo("actuals[11].qualitativeScorePercent"));
    }

    @Test
    void declaredWeightsThatDoNotMakeAHundredAreRefusedNamingTheCell() throws IOException {
        byte[] edited = withWeight(RealData.bytes(RealData.YUZHONG_2021), 10, 15, 25.0); // B11: 15 → 25
        preview(edited, "weightSet=as-declared")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("EVALUATION_INCOMPLETE"))
                .body("violations[0].in", equalTo("file"))
                .body("violations[0].message", containsString("110"));
        // the national set scales the same weights to its groups
        preview(edited, "weightSet=national").then().statusCode(200).body("outcome.total", equalTo("99.00"));
    }

    @Test
    void aBlankDeclaredWeightIsRefusedAtItsRow() throws IOException {
        byte[] edited = withWeight(RealData.bytes(RealData.YUZHONG_2021), 19, 15, null); // B20: 满意度 weight blank
        preview(edited, "weightSet=as-declared")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("B20"))
                .body("violations[0].message", containsString("no weight"));
    }

    @Test
    void wrongFilesAndUnknownSetsAreProblemsNamingWhere() throws IOException {
        preview(RealData.bytes(RealData.ZHANJIANG_2024), "weightSet=national")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("IMPORT_NOT_A_TABLE"))
                .body("violations[0].in", equalTo("file"));
        preview("not a workbook at all".getBytes(java.nio.charset.StandardCharsets.UTF_8), "")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(415, 422))
                .contentType(containsString("application/problem+json"));
        preview(RealData.bytes(RealData.YUZHONG_2021), "weightSet=no-such-set")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("weightSet"))
                .body("violations[0].in", equalTo("query"));
        preview(RealData.bytes(RealData.YUZHONG_2021), "qualitativeScore=B99:70")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("qualitativeScore"));
    }

    @Test
    @SendsInvalidRequests("a percentage above 100 and a malformed weight set, which the contract already refuses")
    void malformedParametersAreBadRequests() throws IOException {
        preview(RealData.bytes(RealData.YUZHONG_2021), "qualitativeScore=B22:170")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("qualitativeScore"));
        preview(RealData.bytes(RealData.YUZHONG_2021), "weightSet=NATIONAL!")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("weightSet"));
    }

    /** The workbook with the numeric cell {@code from} of the 0-based row replaced by {@code to} (null: blank). */
    private static byte[] withWeight(byte[] file, int row, double from, Double to) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row r = workbook.getSheetAt(0).getRow(row);
            Cell weight = null;
            for (Cell c : r) {
                if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == from) {
                    weight = c;
                }
            }
            if (to == null) {
                weight.setBlank();
            } else {
                weight.setCellValue(to);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
