package org.budgetperf.exchange.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns tab-separated text, as a spreadsheet copy or a "text (tab delimited)" export produces it,
 * into a {@link Grid}: one row per line, one cell per tab-separated field.
 *
 * <p>Spreadsheets quote a cell that contains a line break, a tab or a quote ({@code "目标1\n目标2"},
 * inner quotes doubled); such a cell is read as one cell spanning lines. A field that merely starts
 * with a quote but is not closed before the next tab or line end is taken literally. The apostrophe our own
 * export puts before formula-like text ({@link FormulaEscape}) is removed. Limits are
 * checked while tokenising, before anything large is built.
 */
public final class TabSeparatedGrid {

    private final String text;
    private int position;
    private int line = 1;
    private int cells;

    private TabSeparatedGrid(String text) {
        this.text = text;
    }

    public static Grid parse(String text) {
        if (text.length() > ImportLimits.MAX_TEXT_CHARS) {
            throw new TableImportException(
                    TableImportException.Reason.LIMIT_EXCEEDED,
                    "character " + ImportLimits.MAX_TEXT_CHARS,
                    "The text is longer than " + ImportLimits.MAX_TEXT_CHARS + " characters",
                    "文本超过 " + ImportLimits.MAX_TEXT_CHARS + " 个字符");
        }
        return new TabSeparatedGrid(text).grid();
    }

    private Grid grid() {
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        while (position < text.length()) {
            ImportLimits.checkRow(rows.size(), "line " + line);
            rowLines.add(line);
            rows.add(row());
        }
        String description = rows.isEmpty() ? "line 1" : "lines 1-" + (line - 1);
        return new Grid(
                description,
                rows,
                (row, column) ->
                        "line " + (row < rowLines.size() ? rowLines.get(row) : line) + ", column " + (column + 1),
                List.of());
    }

    private List<Cell> row() {
        List<Cell> row = new ArrayList<>();
        while (true) {
            String location = "line " + line + ", column " + (row.size() + 1);
            ImportLimits.checkColumn(row.size(), location);
            ImportLimits.checkCellCount(++cells, location);
            row.add(Cell.ofText(FormulaEscape.unescape(cell(location)), location));
            if (position < text.length() && text.charAt(position) == '\t') {
                position++;
                continue;
            }
            endOfLine();
            return trimTrailingBlanks(row);
        }
    }

    private String cell(String location) {
        if (position < text.length() && text.charAt(position) == '"') {
            String quoted = quoted(location);
            if (quoted != null) {
                return quoted;
            }
        }
        int start = position;
        while (position < text.length() && !isCellEnd(text.charAt(position))) {
            position++;
        }
        ImportLimits.checkCellLength(position - start, location);
        return text.substring(start, position);
    }

    /** A quoted cell, or null (position unchanged) when the quote does not close at a cell end. */
    private String quoted(String location) {
        StringBuilder value = new StringBuilder();
        int i = position + 1;
        int lines = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    continue;
                }
                if (i + 1 == text.length() || isCellEnd(text.charAt(i + 1))) {
                    position = i + 1;
                    line += lines;
                    return value.toString();
                }
                return null;
            }
            if (ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
            value.append(ch);
            ImportLimits.checkCellLength(value.length(), location);
            i++;
        }
        return null;
    }

    private void endOfLine() {
        if (position < text.length() && text.charAt(position) == '\r') {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }

    private static boolean isCellEnd(char ch) {
        return ch == '\t' || ch == '\n' || ch == '\r';
    }

    private static List<Cell> trimTrailingBlanks(List<Cell> row) {
        int end = row.size();
        while (end > 0 && row.get(end - 1).isBlank()) {
            end--;
        }
        return end == row.size() ? row : new ArrayList<>(row.subList(0, end));
    }
}
