package org.budgetperf.exchange.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rectangle of cells a table is read from: rows of {@link Cell}s, each with its location, plus
 * the merged regions when the file format knows them (xlsx does, copied text does not).
 *
 * <p>Merged cells are <em>not</em> copied into the cells they cover: a merged 一级指标 shows only in
 * its top-left cell, exactly as in the text a spreadsheet copy produces. The interpreter therefore
 * has one way of reading both formats, and only asks about merges when a merge decides a question
 * that the text format has to settle by inference (see {@link #mergeExtends}).
 */
public final class Grid {

    /** A merged region, zero-based and inclusive. */
    record Region(int firstRow, int firstColumn, int lastRow, int lastColumn) {}

    /** Names a position that holds no cell (blank cells beyond the end of a row). */
    interface Locator {
        String at(int row, int column);
    }

    /** A cell together with its position in the grid. */
    public record Slot(int row, int column, Cell cell) {
        public String value() {
            return cell.value();
        }

        public String location() {
            return cell.location();
        }
    }

    private final String description;
    private final List<List<Cell>> rows;
    private final Locator locator;
    /** The last row of each merged region, by its top-left cell. */
    private final Map<Long, Integer> mergeLastRow = new HashMap<>();

    /**
     * @param description the whole grid in the file's terms, used when the file as a whole is refused
     *        ({@code "sheet Sheet1"}, {@code "lines 1-51"})
     */
    Grid(String description, List<List<Cell>> rows, Locator locator, List<Region> merges) {
        this.description = Objects.requireNonNull(description);
        this.rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        this.locator = Objects.requireNonNull(locator);
        for (Region m : merges) {
            mergeLastRow.merge(key(m.firstRow(), m.firstColumn()), m.lastRow(), Math::max);
        }
    }

    /** The whole grid in the file's terms ({@code "sheet Sheet1"}, {@code "lines 1-51"}). */
    public String description() {
        return description;
    }

    /** Rows of the grid, blank ones included. */
    public int rowCount() {
        return rows.size();
    }

    /** The cell at a position; a blank cell (with its location) where the row is shorter. */
    public Cell cell(int row, int column) {
        List<Cell> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : Cell.ofText("", locator.at(row, column));
    }

    /** Where a position is, in the file's own terms, whether or not it holds a cell. */
    public String location(int row, int column) {
        return cell(row, column).location();
    }

    /** The non-blank cells of a row, left to right. */
    public List<Slot> nonBlank(int row) {
        List<Slot> result = new ArrayList<>();
        List<Cell> cells = rows.get(row);
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isBlank() || cells.get(c).isFormula()) {
                result.add(new Slot(row, c, cells.get(c)));
            }
        }
        return result;
    }

    /** Whether a region merged from the given top-left cell reaches down to {@code row}. */
    public boolean mergeExtends(int originRow, int originColumn, int row) {
        Integer lastRow = mergeLastRow.get(key(originRow, originColumn));
        return lastRow != null && lastRow >= row;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
