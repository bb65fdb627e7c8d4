package org.budgetperf.exchange.sheet;

/**
 * Keeps the tab-separated export from being evaluated when opened in a spreadsheet (CSV injection, OWASP): a cell
 * starting with {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, which spreadsheets
 * read as "text follows" and do not show. A cell starting with an apostrophe gets one more, so that
 * {@link #unescape} restores every text exactly and the export still reads back to the same table.
 */
public final class FormulaEscape {

    private static final String TRIGGERS = "=+-@\t\r'";

    private FormulaEscape() {}

    public static String escape(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Undoes {@link #escape}; a cell typed by hand that merely starts with an apostrophe keeps it. */
    static String unescape(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
