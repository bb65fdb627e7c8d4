package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.budgetperf.exchange.sheet.ImportLimits;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.exchange.sheet.TableImportException.Reason;
import org.junit.jupiter.api.Test;

/** The guards that will stand behind an HTTP endpoint: every breach is refused early, with a location. */
class ImportLimitsTest {

    private final TabSeparatedTableReader text = new TabSeparatedTableReader();
    private final XlsxTableReader xlsx = new XlsxTableReader();

    @Test
    void refusesTextWithTooManyRows() {
        String rows = "x\n".repeat(ImportLimits.MAX_ROWS + 1);
        TableImportException e = assertThrows(TableImportException.class, () -> text.read(rows, RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("line " + (ImportLimits.MAX_ROWS + 1), e.location());
    }

    @Test
    void refusesATextCellThatIsTooLong() {
        String row = "部门名称\t" + "长".repeat(ImportLimits.MAX_CELL_CHARS + 1);
        TableImportException e = assertThrows(TableImportException.class, () -> text.read(row, RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("line 1, column 2", e.location());
    }

    @Test
    void refusesAQuotedTextCellThatIsTooLong() {
        String row = "\"" + "长\n".repeat(ImportLimits.MAX_CELL_CHARS) + "\"";
        TableImportException e = assertThrows(TableImportException.class, () -> text.read(row, RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("line 1, column 1", e.location());
    }

    @Test
    void refusesTextWithTooManyColumns() {
        String row = "a\t".repeat(ImportLimits.MAX_COLUMNS + 1);
        TableImportException e = assertThrows(TableImportException.class, () -> text.read(row, RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("line 1, column " + (ImportLimits.MAX_COLUMNS + 1), e.location());
    }

    @Test
    void refusesAWorkbookWithAValueBeyondTheRowLimit() {
        byte[] file = TestFiles.handMadeXlsx("<sheetData><row r=\"1\">" + TestFiles.inlineCell("A1", "部门名称") + "</row>"
                + "<row r=\"20001\">" + TestFiles.inlineCell("A20001", "x") + "</row></sheetData>");
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(file), RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("A20001", e.location());
    }

    @Test
    void acceptsEmptyFormattedRowsFarBelowTheTable() {
        byte[] file = TestFiles.handMadeXlsx("<sheetData><row r=\"1\">" + TestFiles.inlineCell("A1", "无关内容") + "</row>"
                + "<row r=\"1048576\"><c r=\"A1048576\" s=\"0\"/></row></sheetData>");
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(file), RealTables.GUANGDONG));
        assertEquals(Reason.NOT_A_TARGET_TABLE, e.reason(), "an empty styled cell is no content");
    }

    @Test
    void refusesAWorkbookCellThatIsTooLong() {
        // Varied characters: a repeated one would compress so well that the zip-bomb guard fires first.
        StringBuilder longText = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        while (longText.length() <= ImportLimits.MAX_CELL_CHARS) {
            longText.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        byte[] file = TestFiles.handMadeXlsx(
                "<sheetData><row r=\"1\">" + TestFiles.inlineCell("B1", longText.toString()) + "</row></sheetData>");
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(file), RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("B1", e.location());
    }

    @Test
    void refusesAZipBomb() {
        // 5 MB of blanks inflate from a few kilobytes: far below POI's minimum inflate ratio.
        byte[] bomb = TestFiles.handMadeXlsx("<sheetData>" + " ".repeat(5 * 1024 * 1024) + "</sheetData>");
        assertTrue(bomb.length < 100_000);
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(bomb), RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("zip bomb"));
    }

    @Test
    void refusesAnUploadLargerThanTheLimitWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ > 100L * ImportLimits.MAX_XLSX_BYTES ? -1 : 'P';
            }
        };
        TableImportException e =
                assertThrows(TableImportException.class, () -> xlsx.read(endless, RealTables.GUANGDONG));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
    }
}
