package org.budgetperf.exchange.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.budgetperf.exchange.sheet.TableImportException.Reason;

/**
 * Safety limits of the import, shared by both readers so an upload cannot exhaust memory or CPU.
 *
 * <p>A real 部门整体预算绩效目标表 has about 60 rows of at most 10 cells and a few kilobytes of text;
 * the limits are two to three orders of magnitude above that. They are checked while reading, before
 * anything large is built, and every breach is a {@link TableImportException} with
 * {@link Reason#LIMIT_EXCEEDED} and the place where it happened.
 */
public final class ImportLimits {

    /** Rows of the grid (lines of text, or sheet rows holding a value). */
    public static final int MAX_ROWS = 20_000;
    /** Columns of the grid (cells per text line, or the column of any sheet cell holding a value). */
    public static final int MAX_COLUMNS = 1_000;
    /** Cells stored in the grid overall. */
    public static final int MAX_CELLS = 500_000;
    /** Merged regions of a sheet. */
    public static final int MAX_MERGED_REGIONS = 100_000;
    /** Characters of one cell. */
    public static final int MAX_CELL_CHARS = 100_000;
    /** Characters of a whole text upload, and of all cells of a sheet together. */
    public static final int MAX_TEXT_CHARS = 10_000_000;
    /** Bytes of a text upload before decoding. */
    public static final int MAX_TEXT_BYTES = 32 * 1024 * 1024;
    /** Bytes of an xlsx upload. */
    public static final int MAX_XLSX_BYTES = 10 * 1024 * 1024;
    /** Uncompressed bytes of one entry of an xlsx package (the sheet XML, the shared strings). */
    public static final long MAX_ZIP_ENTRY_BYTES = 32L * 1024 * 1024;
    /** Smallest compressed/uncompressed ratio of an xlsx entry before it counts as a zip bomb (POI's default). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    private ImportLimits() {}

    static void checkRow(int rowIndex, String location) {
        within(rowIndex + 1L, MAX_ROWS, location, "more than %d rows", "超过 %d 行");
    }

    static void checkColumn(int columnIndex, String location) {
        within(columnIndex + 1L, MAX_COLUMNS, location, "more than %d columns", "超过 %d 列");
    }

    static void checkCellCount(int cells, String location) {
        within(cells, MAX_CELLS, location, "more than %d cells", "超过 %d 个单元格");
    }

    static void checkMergedRegions(int regions, String location) {
        within(regions, MAX_MERGED_REGIONS, location, "more than %d merged regions", "超过 %d 个合并单元格");
    }

    static void checkCellLength(int length, String location) {
        within(length, MAX_CELL_CHARS, location, "a cell longer than %d characters", "单元格超过 %d 个字符");
    }

    /** A sheet may reference one long shared string from every cell: bound the text the interpreter has to look at. */
    static void checkTotalChars(long chars, String location) {
        within(chars, MAX_TEXT_CHARS, location, "more than %d characters in its cells", "单元格内容合计超过 %d 个字符");
    }

    /** Refuses {@code count} above {@code max}; the templates name the limit in both languages. */
    private static void within(long count, long max, String location, String english, String chinese) {
        if (count > max) {
            throw exceeded(
                    location, String.format(Locale.ROOT, english, max), String.format(Locale.ROOT, chinese, max));
        }
    }

    /** Reads the whole stream, refusing it as soon as it exceeds {@code maxBytes}. */
    static byte[] readAtMost(InputStream in, int maxBytes, String what) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw exceeded(
                            "byte " + maxBytes,
                            what + " larger than " + maxBytes + " bytes",
                            "文件超过 " + maxBytes + " 字节");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new TableImportException(
                    Reason.MALFORMED_FILE, "byte 0", "The upload could not be read to its end", "无法完整读取上传的文件", e);
        }
    }

    private static TableImportException exceeded(String location, String english, String chinese) {
        return new TableImportException(
                Reason.LIMIT_EXCEEDED,
                location,
                "The file has " + english + " at " + location + "; this is not a target table.",
                "文件" + chinese + "（位置 " + location + "），不是绩效目标表。");
    }
}
