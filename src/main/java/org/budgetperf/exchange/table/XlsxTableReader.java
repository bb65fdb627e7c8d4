package org.budgetperf.exchange.table;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.exchange.sheet.ImportLimits;
import org.budgetperf.exchange.sheet.XlsxWorkbook;

/**
 * Imports a 部门整体预算绩效目标表 from an xlsx workbook in the official layout (Zhanjiang 2023/2024).
 *
 * <p>Only the reading of cells lives here ({@code sheet.XlsxSheetGrid}); the layout is interpreted by the
 * same code as for text. The first sheet holding such a table is read. Locations in findings are
 * {@code "E5"}, or {@code "Sheet2!E5"} when the workbook has several sheets.
 *
 * <p>Uploaded workbooks are untrusted, so POI is used defensively ({@link XlsxWorkbook}): the upload
 * is capped in size and opened from a temporary file, zip bombs are refused, sheets are streamed with a
 * hardened SAX parser under the limits of {@link ImportLimits}, formulas are never evaluated, and
 * password-protected workbooks and old binary .xls files are refused with a clear reason.
 * Thread-safe and stateless.
 */
public final class XlsxTableReader {

    private final OfficialLayoutInterpreter interpreter = new OfficialLayoutInterpreter();

    /**
     * Reads a table from an xlsx workbook. The stream is read to its end but not closed.
     *
     * @throws TableImportException when the file is not an xlsx workbook, is encrypted, holds no such
     *         table, or exceeds {@link ImportLimits}
     */
    public ImportResult read(InputStream in, IndicatorFramework framework) {
        XlsxWorkbook.Found<ImportResult> found = XlsxWorkbook.firstAccepted(
                in, grid -> interpreter.interpret(grid, framework), "a 部门整体预算绩效目标表", "部门整体预算绩效目标表");
        return found.several() ? withOtherSheetsNoted(found) : found.value();
    }

    private static ImportResult withOtherSheetsNoted(XlsxWorkbook.Found<ImportResult> found) {
        List<ImportFinding> findings = new ArrayList<>(found.value().findings());
        findings.add(found.otherSheetsIgnored());
        return new ImportResult(found.value().table(), findings);
    }
}
