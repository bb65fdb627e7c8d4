package org.budgetperf.exchange.selfevaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.sheet.SheetPrint;
import org.budgetperf.exchange.sheet.XlsxStyles;
import org.budgetperf.shared.money.AmountUnit;

/**
 * One sheet of a form in the 自评表 style, written top to bottom: the styles, rows sized to their wrapped text, merged
 * spans, exact 万元 amounts and text that never becomes a formula. Shared by the writer of a scored self-evaluation
 * ({@link SelfEvaluationFormWriter}) and of the blank forms a department fills in ({@link BlankFormWriter}), so the
 * forms look alike and read back alike.
 */
final class FormSheet {

    private static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final double LINE_POINTS = 13.5;
    private static final double PADDING_POINTS = 4;

    final XSSFWorkbook workbook;
    final XSSFSheet sheet;
    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle number;
    private final XSSFCellStyle wan;
    private final XSSFCellStyle amountText;
    private final int[] widths;
    private int row = -1;
    /** Points the current row needs for its wrapped text. */
    private double needed;

    FormSheet(XSSFWorkbook workbook, String name, int[] widths) {
        this.workbook = workbook;
        this.widths = widths.clone();
        this.sheet = workbook.createSheet(name);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        XSSFFont plain = XlsxStyles.font(workbook, 10, false);
        XSSFFont bold = XlsxStyles.font(workbook, 10, true);
        title = workbook.createCellStyle();
        title.setFont(XlsxStyles.font(workbook, 16, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        label = XlsxStyles.grid(workbook, bold, HorizontalAlignment.CENTER, false);
        text = XlsxStyles.grid(workbook, plain, HorizontalAlignment.LEFT, true);
        number = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, false);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        wan = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, false);
        wan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00####"));
        amountText = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, true);
    }

    /** The columns of the sheet. */
    int columns() {
        return widths.length;
    }

    /** The current row, zero-based. */
    int row() {
        return row;
    }

    /** Fits the last row, sets up printing and writes the workbook to {@code out}, which is not closed. */
    void finish(boolean landscape, OutputStream out) {
        fitRow();
        SheetPrint.onA4OnePageWide(sheet, landscape);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the next row; a height ≤ 0 means one line of text, grown by what is put into it. */
    void newRow(float height) {
        fitRow();
        sheet.createRow(++row);
        needed = height > 0 ? height : LINE_POINTS + PADDING_POINTS;
    }

    /** Gives the current row the height its wrapped text needs (at most Excel's 409 points). */
    private void fitRow() {
        if (row >= 0) {
            sheet.getRow(row).setHeightInPoints((float) Math.min(409, Math.ceil(needed)));
        }
    }

    /** Starts a row of labels, one a column from A; returns the row. */
    int labelRow(String... labels) {
        newRow(-1);
        for (int c = 0; c < labels.length; c++) {
            put(c, labels[c], label);
        }
        return row;
    }

    XSSFCell cell(int column) {
        XSSFRow r = sheet.getRow(row);
        XSSFCell cell = r.getCell(column);
        return cell != null ? cell : r.createCell(column);
    }

    void put(int column, String value, XSSFCellStyle style) {
        put(column, column, value, style);
    }

    void put(int first, int last, String value, XSSFCellStyle style) {
        span(first, last, style);
        if (value != null) {
            cell(first).setCellValue(xmlSafe(value));
            int width = 0;
            for (int c = first; c <= last; c++) {
                width += widths[c];
            }
            needed = Math.max(needed, heightOf(value, width));
        }
    }

    void putNumber(int column, BigDecimal value, XSSFCellStyle style) {
        putNumber(column, column, value, style);
    }

    void putNumber(int first, int last, BigDecimal value, XSSFCellStyle style) {
        span(first, last, style);
        if (value != null) {
            cell(first).setCellValue(value.doubleValue());
        }
    }

    /** Styles columns {@code first..last} of the current row and merges them when more than one. */
    void span(int first, int last, XSSFCellStyle style) {
        for (int c = first; c <= last; c++) {
            cell(c).setCellStyle(style);
        }
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    /** An amount in 元 written in 万元: numeric when a double holds it exactly, else the exact digits as text. */
    void putAmount(int column, BigDecimal yuan) {
        XSSFCell cell = cell(column);
        BigDecimal wan = yuan == null
                ? null
                : FormUnits.fromYuan(yuan, AmountUnit.WAN_YUAN).stripTrailingZeros();
        if (wan == null) {
            cell.setCellStyle(this.wan);
        } else if (fitsDouble(wan)) {
            cell.setCellStyle(this.wan);
            cell.setCellValue(wan.doubleValue());
        } else {
            cell.setCellStyle(amountText);
            cell.setCellValue(wan.toPlainString());
        }
    }

    private static boolean fitsDouble(BigDecimal wan) {
        if (wan.stripTrailingZeros().precision() > 15) {
            return false;
        }
        double d = wan.doubleValue();
        return !Double.isInfinite(d) && new BigDecimal(String.valueOf(d)).compareTo(wan) == 0;
    }

    /** Merges a column from {@code from} down to {@code lastRow}, when that is more than one row. */
    void closeMerge(int from, int lastRow, int column) {
        if (from >= 0 && lastRow > from) {
            merge(from, lastRow, column, column);
        }
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastRow > firstRow || lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** Repeats the current row at the top of every printed page (the indicator captions). */
    void repeatCurrentRow() {
        sheet.setRepeatingRows(new CellRangeAddress(row, row, -1, -1));
    }

    /** Points a wrapped text needs in a cell this many characters wide (wide characters count about 2). */
    static double heightOf(String text, int widthChars) {
        double usable = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String line : text.split("\\R", -1)) {
            double units =
                    line.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1.8 : 1).sum();
            lines += Math.max(1, (int) Math.ceil(units / usable));
        }
        return lines * LINE_POINTS + PADDING_POINTS;
    }

    /**
     * Text as an xlsx cell stores it so that it reads back unchanged: characters XML 1.0 cannot hold become
     * {@code _xHHHH_}, and an {@code _xHHHH_} already in the text gets its underscore escaped ({@code _x005F_}).
     *
     * @throws IllegalArgumentException when the text is longer than an xlsx cell can hold
     */
    static String xmlSafe(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '_'
                    && i + 6 < value.length()
                    && value.charAt(i + 1) == 'x'
                    && value.charAt(i + 6) == '_'
                    && value.substring(i + 2, i + 6).chars().allMatch(k -> Character.digit(k, 16) >= 0)) {
                out.append("_x005F_");
            } else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                out.append(String.format("_x%04X_", (int) ch));
            } else {
                out.append(ch);
            }
        }
        if (out.length() > MAX_CELL_CHARS) {
            throw new IllegalArgumentException("A text of " + value.length()
                    + " characters is longer than an xlsx cell can hold (" + MAX_CELL_CHARS + ")");
        }
        return out.toString();
    }
}
