package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.exchange.sheet.SpreadsheetDisplay;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/**
 * The two readers differ only in how cells are read: the same table, moved from one format to the
 * other, imports to the same TargetTable with the same findings.
 */
class SameTableInBothFormatsTest {

    @Test
    void dongguanTextAndTheSameCellsInAWorkbookImportAlike() {
        String text = RealData.text(RealData.DONGGUAN_2024);
        ImportResult fromText = new TabSeparatedTableReader().read(text, RealTables.GUANGDONG);
        byte[] workbook = TestFiles.workbook(Map.of("Sheet1", TestFiles.grid(text)));
        ImportResult fromXlsx = new XlsxTableReader().read(new ByteArrayInputStream(workbook), RealTables.GUANGDONG);
        assertEquals(fromText.table(), fromXlsx.table());
        assertEquals(codes(fromText), codes(fromXlsx));
        assertEquals(
                "C51",
                fromXlsx.findings(FindingCodes.PLACEHOLDER_ROW_IGNORED).get(0).location());
    }

    @Test
    void zhanjiangWorkbookCopiedAsTextImportsAlike() throws IOException {
        ImportResult fromXlsx =
                new XlsxTableReader().read(RealData.stream(RealData.ZHANJIANG_2024), RealTables.GUANGDONG);
        String text = asCopiedText(RealData.stream(RealData.ZHANJIANG_2024));
        ImportResult fromText = new TabSeparatedTableReader().read(text, RealTables.GUANGDONG);
        assertEquals(fromXlsx.table(), fromText.table());
        List<String> expected = new ArrayList<>(codes(fromXlsx));
        // Only the workbook knows that E5 is a formula and that E22 holds 1 formatted as a percentage.
        expected.remove(FindingCodes.FORMULA_CACHED_VALUE);
        expected.remove(FindingCodes.PERCENT_FORMAT_APPLIED);
        assertEquals(expected, codes(fromText));
    }

    /**
     * The sheet as a spreadsheet copy gives it: displayed values, tab-separated, cells with line
     * breaks quoted. Numbers are written with all their significant digits (as a copy of a cell
     * formatted to show them would).
     */
    private static String asCopiedText(InputStream xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(quoted(displayed(row.getCell(c))));
                }
                text.append(String.join("\t", cells)).append("\r\n");
            }
        }
        return text.toString();
    }

    private static String displayed(XSSFCell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            String format = cell.getCellStyle().getDataFormatString();
            boolean percent = format != null && format.contains("%");
            return SpreadsheetDisplay.of(
                    new java.math.BigDecimal(cell.getCTCell().getV()), format, percent);
        }
        return type == CellType.STRING ? cell.getStringCellValue() : "";
    }

    private static String quoted(String cell) {
        return cell.contains("\n") || cell.contains("\t") || cell.contains("\"")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }

    private static List<String> codes(ImportResult result) {
        return result.findings().stream().map(ImportFinding::code).toList();
    }
}
