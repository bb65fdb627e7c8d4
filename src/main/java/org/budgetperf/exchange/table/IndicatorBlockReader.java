package org.budgetperf.exchange.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.exchange.sheet.NumberReader;

/**
 * Reads the 绩效指标 block: 一级 / 二级 / 三级 indicators and their values.
 *
 * <p>Why it does not go by column: in copied text the rows lose their leading empty cells (Dongguan:
 * {@code 接待(拜访)侨团、同乡会数量} starts where 一级 should be, {@code 效益指标} sits in the block's
 * caption column), and even the caption row is shifted against the values. So each row is split by
 * what its cells are: leading cells that are 一级/二级 names of the framework are labels; the first
 * other cell is the 三级 name; the cells after it are values, as many as the caption row has value
 * columns. A row with one cell more than that has an extra label the framework does not know
 * (Zhanjiang 2024's truncated {@code 服务对象}). Rows without labels continue the 一级 and 二级 above
 * them ({@link IndicatorHierarchy}); values missing from a row are placed by {@link ValueColumns}.
 */
final class IndicatorBlockReader {

    /** The caption row: where 一级/二级/三级指标 are (-1 when absent) and which value columns follow 三级. */
    record Captions(int row, int level1Column, int level2Column, int level3Column, List<ValueColumn> values) {}

    /**
     * One column right of 三级指标.
     *
     * @param field {@link FormLabel#PERIOD_VALUE}, {@link FormLabel#ANNUAL_VALUE}, {@link FormLabel#WEIGHT},
     *        or null for a column the table does not keep (备注, …)
     */
    record ValueColumn(FormLabel field, int column, String caption) {}

    /** A non-empty row of the block, as split by what its cells are. */
    private sealed interface IndicatorRow permits RowParts, Unplaceable {}

    /** An indicator row split into label cells (一级/二级), the 三级 name (null on a label-only row) and values. */
    private record RowParts(List<Slot> labels, Slot name, List<Slot> values) implements IndicatorRow {}

    /** A row with more cells than 一级, 二级, 三级 and the values; it cannot be placed. */
    private record Unplaceable(List<Slot> cells) implements IndicatorRow {}

    private static final Pattern FOOTER = Pattern.compile(
            "(注|说明|备注|填表说明|填报说明)(\\d|:|$).*" + "|(填表人|填报人|联系人|联系电话|单位负责人|财务负责人|负责人|审核人|填报日期|填表日期)(:.*)?");

    private final Grid grid;
    private final ImportFindings findings;
    private final TargetValueReader targetValues;
    private final NumberReader numbers;
    private final IndicatorHierarchy hierarchy;
    private final Map<String, String> frameworkNames = new LinkedHashMap<>();

    IndicatorBlockReader(Grid grid, IndicatorFramework framework, ImportFindings findings) {
        this.grid = grid;
        this.findings = findings;
        this.targetValues = new TargetValueReader(findings);
        this.numbers = new NumberReader(findings);
        this.hierarchy = new IndicatorHierarchy(grid, framework, findings);
        for (IndicatorFramework.Entry entry : framework.entries()) {
            frameworkNames.putIfAbsent(LabelText.normalise(entry.level1()), entry.level1());
            frameworkNames.putIfAbsent(LabelText.normalise(entry.level2()), entry.level2());
        }
    }

    /** The caption row of the block within rows [from, to): a row with 三级指标 and a value column right of it. */
    static Optional<Captions> findCaptions(Grid grid, int from, int to) {
        for (int r = from; r < to; r++) {
            List<Slot> cells = grid.nonBlank(r);
            int[] levels = {-1, -1, -1};
            for (Slot slot : cells) {
                FormLabel label = labelOf(slot);
                if (levels[2] < 0 && label == FormLabel.LEVEL1) {
                    levels[0] = slot.column();
                } else if (levels[2] < 0 && label == FormLabel.LEVEL2) {
                    levels[1] = slot.column();
                } else if (levels[2] < 0 && label == FormLabel.LEVEL3) {
                    levels[2] = slot.column();
                }
            }
            if (levels[2] < 0) {
                continue;
            }
            int level3 = levels[2];
            List<ValueColumn> values = cells.stream()
                    .filter(s -> s.column() > level3)
                    .map(s -> {
                        FormLabel label = labelOf(s);
                        boolean kept = label == FormLabel.PERIOD_VALUE
                                || label == FormLabel.ANNUAL_VALUE
                                || label == FormLabel.WEIGHT;
                        return new ValueColumn(kept ? label : null, s.column(), s.value());
                    })
                    .toList();
            if (values.stream()
                    .anyMatch(v -> v.field() == FormLabel.PERIOD_VALUE || v.field() == FormLabel.ANNUAL_VALUE)) {
                return Optional.of(new Captions(r, levels[0], levels[1], level3, values));
            }
        }
        return Optional.empty();
    }

    /** The indicators of rows (captions.row, end), in form order. */
    List<IndicatorLine> read(Captions captions, int end) {
        List<IndicatorRow> rows = new ArrayList<>();
        Slot footer = null;
        for (int r = captions.row() + 1; r < end && footer == null; r++) {
            List<Slot> cells = grid.nonBlank(r).stream()
                    .filter(s -> labelOf(s) != FormLabel.INDICATORS)
                    .toList();
            if (cells.isEmpty() || cells.stream().anyMatch(s -> labelOf(s) == FormLabel.LEVEL3)) {
                continue; // empty, or the caption row repeated after a page break
            }
            if (FOOTER.matcher(LabelText.normalise(cells.get(0).value())).matches()) {
                footer = cells.get(0);
            } else {
                rows.add(split(cells, captions));
            }
        }
        ValueColumns valueColumns = learnValueColumns(rows, captions);
        List<IndicatorLine> lines = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (!(row instanceof RowParts parts)) {
                reportUnplaceable(((Unplaceable) row).cells(), captions);
                continue;
            }
            hierarchy.enter(
                    parts.labels(), parts.labels().stream().map(this::canonical).toList());
            if (parts.name() != null && hierarchy.place(parts.name())) {
                lines.add(line(parts, captions, valueColumns));
            }
        }
        hierarchy.close();
        if (footer != null) {
            findings.notesAfter(footer, "table");
        }
        return lines;
    }

    private IndicatorRow split(List<Slot> cells, Captions captions) {
        List<Slot> labels = new ArrayList<>();
        int i = 0;
        while (i < cells.size()
                && labels.size() < 2
                && frameworkNames.containsKey(LabelText.normalise(cells.get(i).value()))) {
            labels.add(cells.get(i++));
        }
        List<Slot> rest = cells.subList(i, cells.size());
        int extra = rest.size() - (1 + captions.values().size());
        if (extra > 0) {
            if (labels.size() + extra > 2) {
                return new Unplaceable(cells);
            }
            labels.addAll(rest.subList(0, extra));
            rest = rest.subList(extra, rest.size());
        }
        if (rest.size() == 1 && labels.size() < 2 && isLabelColumn(rest.get(0).column(), captions)) {
            // A lone cell under the 一级/二级 caption is a label the framework does not know (a placeholder).
            labels.add(rest.get(0));
            rest = List.of();
        }
        return rest.isEmpty()
                ? new RowParts(List.copyOf(labels), null, List.of())
                : new RowParts(List.copyOf(labels), rest.get(0), List.copyOf(rest.subList(1, rest.size())));
    }

    private static boolean isLabelColumn(int column, Captions captions) {
        return column != captions.level3Column()
                && (column == captions.level1Column() || column == captions.level2Column());
    }

    private ValueColumns learnValueColumns(List<IndicatorRow> rows, Captions captions) {
        List<List<Slot>> complete = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (row instanceof RowParts parts
                    && parts.name() != null
                    && parts.values().size() == captions.values().size()) {
                List<Slot> cells = new ArrayList<>();
                cells.add(parts.name());
                cells.addAll(parts.values());
                complete.add(cells);
            }
        }
        int[] captionOffsets = captions.values().stream()
                .mapToInt(v -> v.column() - captions.level3Column())
                .toArray();
        return ValueColumns.learn(complete, captionOffsets, findings);
    }

    private IndicatorLine line(RowParts row, Captions captions, ValueColumns valueColumns) {
        Slot[] byColumn = valueColumns.assign(row.name(), row.values());
        String name = row.name().value();
        findings.used(row.name().cell());
        String period = null;
        String annual = null;
        BigDecimal weight = null;
        for (int k = 0; k < byColumn.length; k++) {
            ValueColumn column = captions.values().get(k);
            Cell cell = byColumn[k] == null ? null : byColumn[k].cell();
            if (column.field() == FormLabel.WEIGHT) {
                weight = numbers.weight(cell, "权重 of " + name);
            } else if (column.field() != null && cell == null) {
                String location = grid.location(row.name().row(), row.name().column() + valueColumns.offset(k));
                findings.blankKept(location, column.caption() + " of " + name);
            } else if (column.field() == FormLabel.PERIOD_VALUE) {
                period = targetValues.read(cell, name);
            } else if (column.field() == FormLabel.ANNUAL_VALUE) {
                annual = targetValues.read(cell, name);
            }
        }
        return new IndicatorLine(hierarchy.level1(), hierarchy.level2(), name, period, annual, weight, null);
    }

    private void reportUnplaceable(List<Slot> cells, Captions captions) {
        int values = captions.values().size();
        findings.warning(
                FindingCodes.ROW_NOT_PLACED,
                cells.get(0).location(),
                "Indicator row with " + cells.size() + " cells cannot be placed (at most 一级, 二级, 三级 and " + values
                        + " values expected); skipped",
                "该指标行有 " + cells.size() + " 个单元格，无法对应一级、二级、三级指标和 " + values + " 个指标值；已跳过");
    }

    /** The framework's spelling of a known name, else the cell as written. */
    private String canonical(Slot cell) {
        return frameworkNames.getOrDefault(LabelText.normalise(cell.value()), cell.value());
    }

    private static FormLabel labelOf(Slot slot) {
        return FormLabel.match(slot.cell().text())
                .filter(m -> m.inlineValue() == null)
                .map(FormLabel.Match::label)
                .orElse(null);
    }
}
