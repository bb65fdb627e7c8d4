package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.junit.jupiter.api.Test;

/**
 * How xlsx cells become cell text: numbers as displayed, exact numbers for money, formulas never evaluated (the display
 * rule itself: {@code sheet.XlsxSheetGridTest}).
 */
class XlsxCellsTest {

    @Test
    void readsNumericValuesAsDisplayedAndReportsWhatWasStored() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            text(sheet, 0, "部门名称", "测试局");
            text(sheet, 1, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
            text(sheet, 2, "", "产出指标", "数量指标", "完成率");
            sheet.getRow(2).createCell(4).setCellValue(1);
            sheet.getRow(2).getCell(4).setCellStyle(percent);
            text(sheet, 3, "", "", "", "合格率");
            sheet.getRow(3).createCell(4).setCellValue(0.95);
            text(sheet, 4, "", "", "", "覆盖率");
            sheet.getRow(4).createCell(4).setCellValue(0.1 + 0.2);
            text(sheet, 5, "", "", "", "人数");
            sheet.getRow(5).createCell(4).setCellValue(650);
            workbook.write(out);
            file = out.toByteArray();
        }
        ImportResult result = new XlsxTableReader().read(new ByteArrayInputStream(file), RealTables.GUANGDONG);
        assertEquals(
                List.of("100%", "0.95", "0.3", "650"),
                result.table().indicators().stream()
                        .map(IndicatorLine::annualValue)
                        .toList());
        assertEquals(List.of("E3"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.PERCENT_FORMAT_APPLIED));
        assertEquals(List.of("E5"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.FLOAT_NOISE_ROUNDED));
    }

    @Test
    void neverEvaluatesFormulasAndReportsOneWithoutCachedValue() {
        String sheet = "<sheetData>"
                + "<row r=\"1\">" + TestFiles.inlineCell("A1", "部门名称") + TestFiles.inlineCell("B1", "测试局") + "</row>"
                + "<row r=\"2\">" + TestFiles.inlineCell("B2", "基本支出") + "<c r=\"C2\"><f>1/0</f></c>"
                + TestFiles.inlineCell("D2", "项目支出")
                + "<c r=\"E2\"><f>WEBSERVICE(\"http://example.invalid\")</f><v>12.5</v></c></row>"
                + "<row r=\"3\">" + TestFiles.inlineCell("A3", "绩效指标") + TestFiles.inlineCell("B3", "一级指标")
                + TestFiles.inlineCell("C3", "二级指标") + TestFiles.inlineCell("D3", "三级指标")
                + TestFiles.inlineCell("E3", "指标值") + "</row>"
                + "<row r=\"4\">" + TestFiles.inlineCell("B4", "产出指标") + TestFiles.inlineCell("C4", "数量指标")
                + TestFiles.inlineCell("D4", "指标1") + TestFiles.inlineCell("E4", "≥1次") + "</row>"
                + "</sheetData>";
        ImportResult result = new XlsxTableReader()
                .read(new ByteArrayInputStream(TestFiles.handMadeXlsx(sheet)), RealTables.GUANGDONG);
        assertNull(result.table().amounts().basicExpenditure());
        assertEquals(new BigDecimal("125000.00"), result.table().amounts().projectExpenditure());
        assertEquals(List.of("C2"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.FORMULA_WITHOUT_VALUE));
        assertEquals(List.of("E2"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.FORMULA_CACHED_VALUE));
        assertEquals(
                List.of("D2"),
                ZhanjiangXlsxImportTest.locations(result, FindingCodes.UNIT_ASSUMED),
                "no 预算金额(万元) caption: 万元 assumed");
    }

    private static void text(Sheet sheet, int row, String... cells) {
        Row r = sheet.createRow(row);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                r.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
