package org.budgetperf.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.junit.jupiter.api.Test;

/**
 * Text that a spreadsheet would take for a formula ({@code = + - @}) is exported as a string cell with a
 * quote-prefixed style, never as a formula, and reads back exactly.
 */
class FormulaInjectionTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final List<String> HOSTILE =
            List.of(HYPERLINK, "=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "=cmd|' /C calc'!A0", "-", "+", "=");

    @Test
    void aTaskNameThatIsAFormulaIsAStringCellAndReadsBackExactly() throws IOException {
        TargetTable table =
                table(List.of(new TaskLine(TaskKind.KEY, HYPERLINK, "内容", new BigDecimal("100.00"), "目标")), List.of());
        byte[] xlsx = Exports.xlsx(table, RealTables.GUANGDONG);

        XSSFCell cell = cellWithText(xlsx, HYPERLINK);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(Exports.readXlsx(xlsx, RealTables.GUANGDONG)
                        .table()
                        .tasks()
                        .get(0)
                        .name())
                .isEqualTo(HYPERLINK);
    }

    @Test
    void noUserTextBecomesAFormulaAnywhere() throws IOException {
        List<TaskLine> tasks = new ArrayList<>();
        List<IndicatorLine> indicators = new ArrayList<>();
        for (String text : HOSTILE) {
            tasks.add(new TaskLine(TaskKind.KEY, text, text, null, text));
            indicators.add(new IndicatorLine("产出指标", "数量指标", text, text, text, null, null));
        }
        for (String text : HOSTILE) {
            tasks.add(new TaskLine(TaskKind.OTHER, text, text, null, null));
        }
        TargetTable table = new TargetTable(
                "=1+1", 2024, null, null, 0, 0, BudgetAmounts.blank(), "<p>" + HYPERLINK + "</p>", tasks, indicators);
        byte[] xlsx = Exports.xlsx(table, RealTables.GUANGDONG);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int strings = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    XSSFCell cell = row.getCell(c);
                    assertThat(cell == null ? CellType.BLANK : cell.getCellType())
                            .as("cell %d,%d", r, c)
                            .isNotEqualTo(CellType.FORMULA);
                    if (cell != null
                            && cell.getCellType() == CellType.STRING
                            && HOSTILE.stream()
                                    .anyMatch(h -> cell.getStringCellValue().equals(h)
                                            || cell.getStringCellValue().contains(h + "</p>"))) {
                        assertThat(cell.getCellStyle().getQuotePrefixed())
                                .as("quote prefix of %s", cell.getReference())
                                .isTrue();
                        strings++;
                    }
                }
            }
            assertThat(strings).isEqualTo(1 + 1 + HOSTILE.size() * (3 + 2 + 3));
        }
        assertThat(sheetXml(xlsx)).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(Exports.readXlsx(xlsx, RealTables.GUANGDONG).table()).isEqualTo(Exports.asPrinted(table));
        assertThat(Exports.viaText(table, RealTables.GUANGDONG)).isEqualTo(Exports.asPrinted(table));
    }

    private static TargetTable table(List<TaskLine> tasks, List<IndicatorLine> indicators) {
        return new TargetTable("部门", 2024, null, null, 0, 0, BudgetAmounts.blank(), "<p>目标</p>", tasks, indicators);
    }

    private static XSSFCell cellWithText(byte[] xlsx, String text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    XSSFCell cell = row.getCell(c);
                    if (cell != null
                            && cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals(text)) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError(text + " not found");
    }

    /** The worksheet part as stored: a formula would be an {@code <f>} element. */
    private static String sheetXml(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no worksheet in the package");
    }
}
