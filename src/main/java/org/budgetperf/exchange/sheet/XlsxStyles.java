package org.budgetperf.exchange.sheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles the official forms share: 宋体, bordered wrapped grid cells, quote-prefixed user text. */
public final class XlsxStyles {

    /** The typeface of the printed forms. */
    static final String FONT = "宋体";

    private XlsxStyles() {}

    public static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    /** A bordered, wrapped grid cell; user-text styles are quote-prefixed, so text never turns into a formula. */
    public static XSSFCellStyle grid(
            XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment align, boolean userText) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setQuotePrefixed(userText);
        return style;
    }
}
