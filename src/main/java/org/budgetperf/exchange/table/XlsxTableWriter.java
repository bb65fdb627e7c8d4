package org.budgetperf.exchange.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.sheet.SheetPrint;
import org.budgetperf.exchange.sheet.XlsxStyles;
import org.budgetperf.exchange.table.OfficialLayout.Placed;
import org.budgetperf.exchange.table.OfficialLayout.Role;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Exports a 部门整体预算绩效目标表 as an xlsx workbook in the official layout ({@link OfficialLayout}): one
 * sheet, merged cells, borders, wrapped text, row heights that fit the text, A4 portrait fitted to the page
 * width with the 绩效指标 caption row repeated on every printed page. {@link XlsxTableReader} reads it back to
 * the same table.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Money</b> is stored in 元 and printed in the caption's unit (万元 for 预算整体情况, 元 for task funds),
 *       exactly. It is a <em>numeric</em> cell (format {@code #,##0.00####} for 万元, {@code #,##0.00} for 元) when
 *       a double holds it exactly and Excel can show every digit: at most 15 significant digits, and the text
 *       POI stores for the double ({@link String#valueOf(double)}) reads back as the same decimal. Otherwise (an
 *       amount of 16–18 digits, possible in NUMERIC(18,2)) it is a right-aligned <em>text</em> cell with the
 *       exact digits ({@code 1,234,567,890,123.456789}), which the reader reads as an amount too.</li>
 *   <li><b>User text</b> (names, contents, goal, 一级/二级, target values) is always a string cell, never a
 *       formula, and its style is quote-prefixed, so that Excel or LibreOffice keep {@code =HYPERLINK(…)},
 *       {@code +1}, {@code -1}, {@code @x} as text even when a person edits the cell. The quote prefix is a
 *       style flag, not a character: the reader gets the exact text back.</li>
 *   <li>Characters XML cannot hold (control characters other than tab and line breaks) and text that looks
 *       like the OOXML escape {@code _xHHHH_} are written escaped ({@code _x0001_}, {@code _x005F_xHHHH_}), as
 *       Excel does, so they read back unchanged.</li>
 *   <li>The <b>overall goal</b> is printed one line per paragraph when that reads back to the same HTML
 *       (plain-text goals imported from Zhanjiang), else as the HTML it is (Dongguan's). It spans as many rows
 *       as its text needs, because one row is at most 409 pt high.</li>
 *   <li>A cell longer than Excel's 32,767 characters cannot be written: {@link IllegalArgumentException}, rather
 *       than a truncated table (the text export has no such limit).</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class XlsxTableWriter {

    static final String SHEET_NAME = "部门整体预算绩效目标表";
    static final String WAN_YUAN_FORMAT = "#,##0.00####";
    static final String YUAN_FORMAT = "#,##0.00";

    private static final double LINE_POINTS = 13.5;
    private static final double PADDING_POINTS = 4;
    private static final double MAX_ROW_POINTS = 409;
    /** Goal rows are kept below the maximum so that a long goal is shared out over several rows. */
    private static final double GOAL_ROW_POINTS = 380;

    private static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * Writes the workbook to {@code out}, which is not closed.
     *
     * @throws IllegalArgumentException when a text is longer than an xlsx cell can hold (32,767 characters)
     * @throws UncheckedIOException when {@code out} fails
     */
    public void write(TargetTable table, IndicatorFramework framework, OutputStream out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(out, "out");
        String goal = OfficialLayout.goalCellText(table.overallGoalHtml());
        int goalWidth = widthOf(2, OfficialLayout.COLUMNS - 1);
        int goalRows = goal == null ? 1 : (int) Math.ceil(heightOf(goal, goalWidth) / GOAL_ROW_POINTS);
        OfficialLayout layout = OfficialLayout.of(table, framework, goalRows);

        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            Styles styles = new Styles(workbook);
            for (int c = 0; c < OfficialLayout.COLUMNS; c++) {
                sheet.setColumnWidth(c, OfficialLayout.COLUMN_WIDTHS[c] * 256);
            }
            double[] heights = new double[layout.rowCount()];
            for (int r = 0; r < heights.length; r++) {
                heights[r] = LINE_POINTS + PADDING_POINTS;
                sheet.createRow(r);
            }
            heights[0] = 30;
            for (Placed cell : layout.cells()) {
                write(sheet, styles, cell);
                if (cell.row() == cell.lastRow() && cell.text() != null) {
                    heights[cell.row()] = Math.max(heights[cell.row()], heightOf(cell.text(), cell.width()));
                }
            }
            for (Placed cell : layout.cells()) {
                if (cell.lastRow() > cell.row() && cell.text() != null) {
                    share(heights, cell.row(), cell.lastRow(), heightOf(cell.text(), cell.width()));
                }
            }
            for (int r = 0; r < heights.length; r++) {
                sheet.getRow(r).setHeightInPoints((float) Math.min(MAX_ROW_POINTS, Math.ceil(heights[r])));
            }
            printSetup(workbook, sheet, layout);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XSSFSheet sheet, Styles styles, Placed placed) {
        XSSFCellStyle style = styles.of(placed);
        for (int r = placed.row(); r <= placed.lastRow(); r++) {
            XSSFRow row = sheet.getRow(r);
            for (int c = placed.column(); c <= placed.lastColumn(); c++) {
                row.createCell(c).setCellStyle(style);
            }
        }
        if (placed.isMerged()) {
            // The layout never overlaps regions; the unchecked variant avoids POI's quadratic overlap check.
            sheet.addMergedRegionUnsafe(
                    new CellRangeAddress(placed.row(), placed.lastRow(), placed.column(), placed.lastColumn()));
        }
        XSSFCell cell = sheet.getRow(placed.row()).getCell(placed.column());
        if (placed.role() == Role.AMOUNT && placed.amount() != null) {
            BigDecimal inUnit = FormUnits.fromYuan(placed.amount(), placed.unit());
            if (fitsDouble(inUnit)) {
                cell.setCellValue(inUnit.doubleValue());
                return;
            }
            cell.setCellStyle(styles.amountText);
        }
        if (placed.role() == Role.COUNT && placed.count() != null) {
            cell.setCellValue(placed.count());
        } else if (placed.text() != null) {
            cell.setCellValue(xmlSafe(placed.text()));
        }
    }

    /**
     * Whether a numeric cell shows and stores the amount exactly: Excel displays 15 significant digits, and POI
     * stores {@link String#valueOf(double)}, which the reader parses back as a decimal.
     */
    static boolean fitsDouble(BigDecimal amount) {
        if (amount.stripTrailingZeros().precision() > 15) {
            return false;
        }
        double d = amount.doubleValue();
        return !Double.isInfinite(d) && new BigDecimal(String.valueOf(d)).compareTo(amount) == 0;
    }

    /**
     * Text as an xlsx cell stores it so that it reads back unchanged: characters XML 1.0 cannot hold become
     * {@code _xHHHH_}, and an {@code _xHHHH_} already in the text gets its underscore escaped ({@code _x005F_}),
     * as the OOXML string escape requires (Excel and POI decode both).
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String replacement = null;
            if (ch == '_' && looksLikeEscape(text, i)) {
                replacement = "_x005F_";
            } else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                replacement = String.format("_x%04X_", (int) ch);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(ch);
                }
            }
        }
        String safe = out == null ? text : out.toString();
        if (safe.length() > MAX_CELL_CHARS) {
            throw new IllegalArgumentException("A cell of " + text.length() + " characters (" + abbreviated(text)
                    + ") is longer than an xlsx cell can hold (" + MAX_CELL_CHARS + "); export as text instead");
        }
        return safe;
    }

    private static boolean looksLikeEscape(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    // ---------------------------------------------------------------- heights

    private static int widthOf(int firstColumn, int lastColumn) {
        int width = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            width += OfficialLayout.COLUMN_WIDTHS[c];
        }
        return width;
    }

    /** Points a wrapped text needs in an area this many characters wide (CJK and other wide characters count 2). */
    static double heightOf(String text, int widthChars) {
        double usable = Math.max(1, widthChars - 1);
        int lines = 0;
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r') {
                if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                lines += Math.max(1, (int) Math.ceil(units / usable));
                units = 0;
            } else {
                units += cp >= 0x2E80 && !(cp >= 0xFF61 && cp <= 0xFFDC) ? 1.8 : 1;
            }
        }
        lines += Math.max(1, (int) Math.ceil(units / usable));
        return lines * LINE_POINTS + PADDING_POINTS;
    }

    /** Makes the rows of a merged area at least as high together as its text needs, by growing them evenly. */
    private static void share(double[] heights, int first, int last, double needed) {
        double have = 0;
        for (int r = first; r <= last; r++) {
            have += Math.min(MAX_ROW_POINTS, heights[r]);
        }
        if (have < needed) {
            double extra = (needed - have) / (last - first + 1);
            for (int r = first; r <= last; r++) {
                heights[r] += extra;
            }
        }
    }

    // ---------------------------------------------------------------- print

    private static void printSetup(XSSFWorkbook workbook, XSSFSheet sheet, OfficialLayout layout) {
        SheetPrint.onA4OnePageWide(sheet, false);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(XSSFSheet.LeftMargin, 0.5);
        sheet.setMargin(XSSFSheet.RightMargin, 0.5);
        sheet.setMargin(XSSFSheet.TopMargin, 0.6);
        sheet.setMargin(XSSFSheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(
                new CellRangeAddress(layout.indicatorCaptionRow(), layout.indicatorCaptionRow(), -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页"); // &P page number, &N number of pages
        workbook.setPrintArea(0, 0, OfficialLayout.COLUMNS - 1, 0, layout.rowCount() - 1);
    }

    // ---------------------------------------------------------------- styles

    /** One style per role, created once per workbook. */
    private static final class Styles {
        private final Map<Role, XSSFCellStyle> byRole = new EnumMap<>(Role.class);
        private final XSSFCellStyle wanYuan;
        private final XSSFCellStyle yuan;
        private final XSSFCellStyle amountText;

        Styles(XSSFWorkbook workbook) {
            XSSFFont plain = XlsxStyles.font(workbook, 10, false);
            XSSFFont bold = XlsxStyles.font(workbook, 10, true);
            XSSFCellStyle title = workbook.createCellStyle();
            title.setFont(XlsxStyles.font(workbook, 16, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            byRole.put(Role.TITLE, title);
            XSSFCellStyle subtitle = workbook.createCellStyle();
            subtitle.setFont(XlsxStyles.font(workbook, 11, false));
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
            byRole.put(Role.SUBTITLE, subtitle);

            byRole.put(Role.SECTION, XlsxStyles.grid(workbook, bold, HorizontalAlignment.CENTER, false));
            byRole.put(Role.LABEL, XlsxStyles.grid(workbook, plain, HorizontalAlignment.CENTER, false));
            XSSFCellStyle caption = XlsxStyles.grid(workbook, bold, HorizontalAlignment.CENTER, false);
            caption.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            caption.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            byRole.put(Role.CAPTION, caption);
            byRole.put(Role.TEXT, XlsxStyles.grid(workbook, plain, HorizontalAlignment.LEFT, true));
            XSSFCellStyle goal = XlsxStyles.grid(workbook, plain, HorizontalAlignment.LEFT, true);
            goal.setVerticalAlignment(VerticalAlignment.TOP);
            byRole.put(Role.GOAL, goal);
            byRole.put(Role.HIERARCHY, XlsxStyles.grid(workbook, plain, HorizontalAlignment.CENTER, true));
            byRole.put(Role.VALUE, XlsxStyles.grid(workbook, plain, HorizontalAlignment.CENTER, true));
            XSSFCellStyle count = XlsxStyles.grid(workbook, plain, HorizontalAlignment.CENTER, false);
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            byRole.put(Role.COUNT, count);
            byRole.put(Role.EMPTY, XlsxStyles.grid(workbook, plain, HorizontalAlignment.LEFT, false));

            wanYuan = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, false);
            wanYuan.setDataFormat(workbook.createDataFormat().getFormat(WAN_YUAN_FORMAT));
            yuan = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, false);
            yuan.setDataFormat(workbook.createDataFormat().getFormat(YUAN_FORMAT));
            amountText = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, true);
        }

        XSSFCellStyle of(Placed placed) {
            if (placed.role() == Role.AMOUNT) {
                return placed.unit() == AmountUnit.WAN_YUAN ? wanYuan : yuan;
            }
            return byRole.get(placed.role());
        }
    }
}
