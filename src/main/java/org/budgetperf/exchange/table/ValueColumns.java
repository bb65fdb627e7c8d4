package org.budgetperf.exchange.table;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFindings;

/**
 * Tells which value column (实施周期指标值, 年度指标值, 权重, …) each value cell of an indicator row
 * belongs to when the row has fewer value cells than the block has columns.
 *
 * <p>Columns cannot be taken from the caption row: in copied text the captions are shifted against
 * the values (Dongguan's 实施周期指标值 caption sits one cell right of the period values). What
 * survives copying is the distance from the 三级 name to each value, because only <em>leading</em>
 * empty cells get lost. So the distances are learned from the rows that have every value (the most
 * common pattern wins) and a lone value is put where its distance says. When it says nothing, values
 * are assigned left to right and the row is reported.
 */
final class ValueColumns {

    private final int[] offsets;
    private final ImportFindings findings;

    private ValueColumns(int[] offsets, ImportFindings findings) {
        this.offsets = offsets;
        this.findings = findings;
    }

    /**
     * @param complete rows with a value in every column: each the name cell followed by its values
     * @param captionOffsets the distances the caption row shows, used when no row is complete
     */
    static ValueColumns learn(List<List<Slot>> complete, int[] captionOffsets, ImportFindings findings) {
        Map<List<Integer>, Integer> counts = new LinkedHashMap<>();
        for (List<Slot> row : complete) {
            int nameColumn = row.get(0).column();
            counts.merge(
                    row.subList(1, row.size()).stream()
                            .map(v -> v.column() - nameColumn)
                            .toList(),
                    1,
                    Integer::sum);
        }
        int[] offsets = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey().stream().mapToInt(Integer::intValue).toArray())
                .orElse(captionOffsets);
        return new ValueColumns(offsets, findings);
    }

    int count() {
        return offsets.length;
    }

    /** The column a value at this distance from the name is expected in (for blank-cell locations). */
    int offset(int column) {
        return offsets[column];
    }

    /** The value cells by column (null where blank). */
    Slot[] assign(Slot name, List<Slot> values) {
        if (values.size() == offsets.length) {
            return values.toArray(new Slot[0]);
        }
        Slot[] byColumn = new Slot[offsets.length];
        for (Slot value : values) {
            int k = indexOf(value.column() - name.column());
            if (k < 0 || byColumn[k] != null) {
                return inOrder(name, values);
            }
            byColumn[k] = value;
        }
        return byColumn;
    }

    private Slot[] inOrder(Slot name, List<Slot> values) {
        Slot[] byColumn = new Slot[offsets.length];
        Arrays.setAll(byColumn, k -> k < values.size() ? values.get(k) : null);
        findings.warning(
                FindingCodes.VALUE_COLUMN_AMBIGUOUS,
                name.location(),
                "Indicator '" + name.value() + "' has " + values.size() + " of " + offsets.length
                        + " values and their columns cannot be told; assigned left to right",
                "指标“" + name.value() + "”只有 " + values.size() + " 个指标值（应为 " + offsets.length + " 个），无法判断所在栏目，已按从左到右填入");
        return byColumn;
    }

    private int indexOf(int offset) {
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] == offset) {
                return k;
            }
        }
        return -1;
    }
}
