package org.budgetperf.exchange.table;

import java.util.Objects;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.FormulaEscape;
import org.budgetperf.exchange.sheet.TabSeparatedGrid;
import org.budgetperf.exchange.table.OfficialLayout.Placed;

/**
 * Exports a 部门整体预算绩效目标表 as tab-separated text in the shape of the Dongguan reference file: the
 * title lines, then rows of {@value OfficialLayout#COLUMNS} cells in which a merged cell is its text
 * followed by empty cells, the overall goal as HTML on one line, 预算整体情况 in 万元 ({@code 550.51}) and
 * task funds in 元 with thousands separators ({@code 632,600.00}). {@link TabSeparatedTableReader} reads it
 * back to the same table (see {@link OfficialLayout} and {@code docs/export.md} for what the format cannot
 * carry).
 *
 * <p>A cell containing a tab, a line break or a double quote is quoted the way spreadsheets quote it
 * ({@code "a""b"}), which {@link TabSeparatedGrid} undoes. A cell that a spreadsheet would evaluate ({@code =},
 * {@code +}, {@code -}, {@code @} first) is written with a leading apostrophe ({@link FormulaEscape}), which the
 * reader removes again, so the export reads back exactly and is never run as a formula when opened.
 * Lines end with {@code \n}. Thread-safe and stateless.
 */
public final class TabSeparatedTableWriter {

    /** The table as tab-separated text. */
    public String write(TargetTable table, IndicatorFramework framework) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(framework, "framework");
        OfficialLayout layout = OfficialLayout.of(table, framework, 1);
        String[][] grid = new String[layout.rowCount()][OfficialLayout.COLUMNS];
        for (Placed cell : layout.cells()) {
            grid[cell.row()][cell.column()] = cell.text();
        }
        StringBuilder out = new StringBuilder(64 * 1024);
        for (int r = 0; r < grid.length; r++) {
            // Title lines carry no grid (as in the Dongguan file); table rows always have every cell.
            int cells = r < layout.tableStartRow() ? lastNonBlank(grid[r]) + 1 : OfficialLayout.COLUMNS;
            for (int c = 0; c < cells; c++) {
                if (c > 0) {
                    out.append('\t');
                }
                appendCell(out, FormulaEscape.escape(grid[r][c]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int lastNonBlank(String[] row) {
        int last = -1;
        for (int c = 0; c < row.length; c++) {
            if (row[c] != null && !row[c].isEmpty()) {
                last = c;
            }
        }
        return last;
    }

    /** Spreadsheet quoting, as {@link TabSeparatedGrid} reads it: only when needed, inner quotes doubled. */
    static void appendCell(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char ch = text.charAt(i);
            quote = ch == '\t' || ch == '\n' || ch == '\r' || ch == '"';
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            out.append(ch);
            if (ch == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }
}
