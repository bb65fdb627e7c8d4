package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.evaluation.domain.IndicatorActual;
import org.budgetperf.evaluation.domain.ScoringWeights;
import org.budgetperf.evaluation.domain.SelfEvaluationInput;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.evaluation.domain.SelfEvaluationRuleSet;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormWriter;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationHeader;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scored Yuzhong 2021 self-evaluation written in the form's layout and read back cell by cell. */
class SelfEvaluationFormWriterTest {

    private static SelfEvaluationForm form;
    private static SelfEvaluationOutcome outcome;
    private static byte[] written;

    @BeforeAll
    static void scoreAndWrite() throws IOException {
        try (InputStream in = RealData.stream(RealData.YUZHONG_2021)) {
            form = new SelfEvaluationFormReader().read(in);
        }
        outcome = new SelfEvaluationRuleSet()
                .run(form.toTargetTable(), form.toSelfEvaluationInput(), ScoringWeights.defaults());
        written = write(SelfEvaluationHeader.of(form), outcome);
    }

    private static byte[] write(SelfEvaluationHeader header, SelfEvaluationOutcome o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SelfEvaluationFormWriter().write(header, o, out);
        return out.toByteArray();
    }

    private static XSSFSheet sheet(byte[] bytes) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        return workbook.getSheetAt(0);
    }

    private static XSSFCell at(XSSFSheet sheet, String address) {
        CellAddress a = new CellAddress(address);
        return sheet.getRow(a.getRow()).getCell(a.getColumn());
    }

    private static String text(XSSFSheet sheet, String address) {
        return at(sheet, address).getStringCellValue();
    }

    private static BigDecimal number(XSSFSheet sheet, String address) {
        XSSFCell cell = at(sheet, address);
        assertThat(cell.getCellType()).as(address).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    @Test
    void writesTheScoresAndTheTotalIntoTheFormsCells() throws IOException {
        XSSFSheet sheet = sheet(written);

        assertThat(sheet.getSheetName()).isEqualTo("项目支出绩效自评表");
        assertThat(text(sheet, "A1")).isEqualTo("2021年度项目支出绩效自评表");
        assertThat(text(sheet, "B2")).isEqualTo("就业补助资金");
        assertThat(text(sheet, "F2")).isEqualTo("向俐");
        assertThat(text(sheet, "B3")).isEqualTo("渝中区就业和人才中心");
        assertThat(text(sheet, "F3")).isEqualTo("渝中区人力资源和社会保障局");
        // budget block, 万元
        assertThat(text(sheet, "A4")).isEqualTo("项目预算执行情况（万元）");
        assertThat(number(sheet, "C5")).isEqualByComparingTo("7574");
        assertThat(number(sheet, "D5")).isEqualByComparingTo("6643");
        assertThat(text(sheet, "E5")).isEqualTo("87.71%");
        assertThat(number(sheet, "F5")).isEqualByComparingTo("10");
        assertThat(number(sheet, "G5")).isEqualByComparingTo("9.00");
        assertThat(text(sheet, "B7")).isEqualTo("城镇新增就业人数39500人，零就业家庭帮扶率100%");
        // captions
        assertThat(List.of("A8", "B8", "C8", "D8", "E8", "F8", "G8", "H8", "I8"))
                .extracting(a -> text(sheet, a))
                .containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "指标权重", "全年完成值", "得分", "计分规则及算式", "偏差原因分析及改进措施");
        // one row per indicator: weight in E, score in G
        String[][] expected = {
            {"9", "新增区级创业孵化基地数量", "≥1个", "18.75", "3个", "18.75"},
            {"10", "社会保险补贴发放准确率", "≥95%", "6.25", "100%", "6.25"},
            {"14", "低保就业补贴发放及时率", "≥95%", "6.25", "100%", "6.25"},
            {"15", "城镇新增就业人数", "≥39500人", "10", "49358人", "10"},
            {"16", "零就业家庭帮扶率", "=100%", "10", "100%", "10"},
            {"18", "公共就业服务满意度", "≥90%", "10", "90%", "10"},
            {"19", "资金使用合规性", "合规", "0", "合规", "0"},
            {"23", "管理制度健全性", "健全", "0", "较健全", "0"},
        };
        for (String[] e : expected) {
            String r = e[0];
            assertThat(text(sheet, "C" + r)).isEqualTo(e[1]);
            assertThat(text(sheet, "D" + r)).isEqualTo(e[2]);
            assertThat(number(sheet, "E" + r)).as("weight E" + r).isEqualByComparingTo(e[3]);
            assertThat(text(sheet, "F" + r)).isEqualTo(e[4]);
            assertThat(number(sheet, "G" + r)).as("score G" + r).isEqualByComparingTo(e[5]);
        }
        assertThat(text(sheet, "H9"))
                .isEqualTo("R-SCO-1: given 15 × 50 / 40 (Σ given) = 18.75\nR-SCO-3: 3 ≥ 1 → full weight = 18.75");
        // 预算执行率 row, totals, grade
        assertThat(text(sheet, "C24")).isEqualTo("预算执行率");
        assertThat(number(sheet, "E24")).isEqualByComparingTo("10");
        assertThat(text(sheet, "F24")).isEqualTo("87.71%");
        assertThat(number(sheet, "G24")).isEqualByComparingTo("9");
        assertThat(text(sheet, "H24")).startsWith("R-SCO-2: 66,430,000.00 / 75,740,000.00 × 100");
        assertThat(text(sheet, "A25")).isEqualTo("合计");
        assertThat(number(sheet, "E25")).isEqualByComparingTo("100");
        assertThat(number(sheet, "G25")).isEqualByComparingTo("99.00");
        assertThat(text(sheet, "A26")).isEqualTo("自评等级");
        assertThat(text(sheet, "E26")).isEqualTo("优");
        assertThat(text(sheet, "A28")).isEqualTo("备注");
        assertThat(text(sheet, "B28")).contains("评分规则集 2026.2", "权重版本 2026.1");
        // the 一级 cells are merged like the form's: 效益指标 over rows 15–17
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A15:A17"));
        assertThat(at(sheet, "G9").getCellStyle().getDataFormatString()).isEqualTo("0.00");
    }

    @Test
    void writesTextAsTextNeverAsAFormula() throws IOException {
        XSSFSheet sheet = sheet(written);
        XSSFCell target = at(sheet, "D16"); // =100%, the Yuzhong target of 零就业家庭帮扶率
        assertThat(target.getCellType()).isEqualTo(CellType.STRING);
        assertThat(target.getCellStyle().getQuotePrefixed()).isTrue();

        TargetTable table = new TargetTable(
                "测试局",
                2025,
                null,
                null,
                null,
                null,
                BudgetAmounts.blank(),
                null,
                List.of(),
                List.of(new IndicatorLine(
                        "产出指标", "数量指标", "=HYPERLINK(\"http://evil\",\"x\")", null, "≥1", null, null)));
        SelfEvaluationOutcome o = new SelfEvaluationRuleSet()
                .run(
                        table,
                        new SelfEvaluationInput(
                                new BigDecimal("1.00"),
                                new BigDecimal("1.00"),
                                null,
                                List.of(new IndicatorActual(0, "+1", null, "@SUM(A1:A2)\u0001"))),
                        ScoringWeights.defaults());
        XSSFSheet hostile =
                sheet(write(new SelfEvaluationHeader("-cmd", 2025, null, null, null, null, null, null, null), o));

        assertThat(at(hostile, "C9").getCellType()).isEqualTo(CellType.STRING);
        assertThat(text(hostile, "C9")).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(text(hostile, "F9")).isEqualTo("+1");
        assertThat(text(hostile, "I9")).isEqualTo("@SUM(A1:A2)\u0001");
        assertThat(text(hostile, "B2")).isEqualTo("-cmd");
        assertThat(at(hostile, "B2").getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void readsBackToTheSameScores() {
        SelfEvaluationForm back = new SelfEvaluationFormReader().read(new ByteArrayInputStream(written));

        assertThat(back.projectName()).isEqualTo("就业补助资金");
        assertThat(back.fiscalYear()).isEqualTo(2021);
        assertThat(back.adjustedBudget()).isEqualByComparingTo("75740000.00");
        assertThat(back.spent()).isEqualByComparingTo("66430000.00");
        assertThat(back.indicators())
                .extracting(SelfEvaluationForm.Indicator::name)
                .containsExactlyElementsOf(form.indicators().stream()
                        .map(SelfEvaluationForm.Indicator::name)
                        .toList());
        assertThat(back.indicators())
                .extracting(SelfEvaluationForm.Indicator::target)
                .containsExactlyElementsOf(form.indicators().stream()
                        .map(SelfEvaluationForm.Indicator::target)
                        .toList());
        assertThat(back.indicators())
                .extracting(SelfEvaluationForm.Indicator::statedScore)
                .extracting(BigDecimal::toPlainString)
                .containsExactlyElementsOf(outcome.indicators().stream()
                        .map(l -> l.score().stripTrailingZeros().toPlainString())
                        .toList());
        assertThat(back.budgetExecution().weight()).isEqualByComparingTo("10");

        // the written weights are those of 2026.1, so the form declares them and scores the same again
        ScoringWeights declared = back.declaredWeights("written").orElseThrow();
        SelfEvaluationOutcome again =
                new SelfEvaluationRuleSet().run(back.toTargetTable(), back.toSelfEvaluationInput(), declared);
        assertThat(again.indicators())
                .extracting(l -> l.score().toPlainString())
                .containsExactlyElementsOf(outcome.indicators().stream()
                        .map(l -> l.score().toPlainString())
                        .toList());
        assertThat(again.total()).isEqualByComparingTo("99.00");
        assertThat(again.grade()).isEqualTo("优");
    }
}
