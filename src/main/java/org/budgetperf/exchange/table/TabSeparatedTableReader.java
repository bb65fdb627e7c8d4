package org.budgetperf.exchange.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FindingSeverity;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.exchange.sheet.ImportLimits;
import org.budgetperf.exchange.sheet.TabSeparatedGrid;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.exchange.sheet.TextDecoding;

/**
 * Imports a 部门整体预算绩效目标表 from tab-separated text: what a person gets by copying the table
 * out of a spreadsheet (the Dongguan 2024 reference file), or a "text (tab delimited)" export.
 *
 * <p>Only the reading of cells lives here ({@link TabSeparatedGrid}); the layout is interpreted by
 * the same code as for xlsx. Locations in findings are {@code "line 26, column 7"} (1-based).
 * Thread-safe and stateless.
 */
public final class TabSeparatedTableReader {

    private final OfficialLayoutInterpreter interpreter = new OfficialLayoutInterpreter();

    /**
     * Reads a table from text.
     *
     * @throws TableImportException when the text is not such a table or exceeds {@link ImportLimits}
     */
    public ImportResult read(String text, IndicatorFramework framework) {
        return interpreter.interpret(TabSeparatedGrid.parse(text == null ? "" : text), framework);
    }

    /**
     * Reads a table from uploaded bytes, decoded by {@link #decode(byte[])}; a non-UTF-8 encoding that
     * was recognised is reported in the findings.
     */
    public ImportResult read(byte[] bytes, IndicatorFramework framework) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        ImportResult result = read(decoded.text(), framework);
        if (decoded.charset().equals(StandardCharsets.UTF_8)) {
            return result;
        }
        List<ImportFinding> findings = new ArrayList<>();
        findings.add(
                decoded.charset().name().equals("GB18030")
                        ? new ImportFinding(
                                FindingSeverity.WARNING,
                                FindingCodes.ENCODING_GB18030,
                                "byte 0",
                                "The text is not UTF-8; it was recognised and decoded as GB18030 / 文本不是 UTF-8 编码，已识别为 GB18030 并解码")
                        : new ImportFinding(
                                FindingSeverity.INFO,
                                FindingCodes.ENCODING_UTF16,
                                "byte 0",
                                "The text is " + decoded.charset().name() + " with a byte order mark / 文本为带字节序标记的 "
                                        + decoded.charset().name() + " 编码"));
        findings.addAll(result.findings());
        return new ImportResult(result.table(), findings);
    }

    /**
     * Decodes uploaded bytes as UTF-8, strictly (malformed input is a {@link TableImportException}
     * with reason {@code MALFORMED_FILE}, "not UTF-8", and the byte offset), dropping a UTF-8 byte
     * order mark. UTF-16 with a byte order mark is accepted, and GB18030 when the bytes are not UTF-8
     * but decode cleanly as GB18030 into text containing 部门名称 or 绩效指标.
     */
    public static String decode(byte[] bytes) {
        return TextDecoding.decode(bytes).text();
    }
}
