package org.budgetperf.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.exchange.Grid.Slot;
import org.budgetperf.indicator.domain.IndicatorFramework;

/**
 * Reads the 绩效指标 block: 一级 / 二级 / 三级 indicators and their values.
 *
 * <p>Why it does not go by column: in copied text the rows lose their leading empty cells (Dongguan:
 * {@code 接待(拜访)侨团、同乡会数量} starts where 一级 should be, {@code 效益指标} sits in the block's
 * caption column), and even its caption row is shifted against the values. So each row is split by
 * what its cells are: leading cells that are 一级/二级 names of the framework are labels; the first
 * other cell is the 三级 name; the cells after it are the values, as many as the caption row has value
 * columns. A row with one cell more than that has an extra label the framework does not know (Zhanjiang
 * 2024's truncated {@code 服务对象}). Rows without labels continue the 一级 and 二级 above them, as the
 * merged cells of the spreadsheet do.
 *
 * <p>What is written is kept: a pair outside the framework ({@code 效益指标 / 质量指标}) is imported as
 * written and reported, never corrected. Only what is <em>missing</em> is inferred from the framework:
 * a 二级 standing without its 一级 (Dongguan never prints 满意度指标) gets the 一级 the framework gives
 * it, provided that 一级 has not appeared yet on the form and no merged 一级 cell covers the row.
 * A 二级 (or 一级) with no 三级 under it is an empty placeholder of the template and is ignored.
 */
final class IndicatorBlockReader {

    /** The caption row: where 三级指标 is and which value columns follow it. */
    record Captions(int row, int level1Column, int level2Column, int level3Column, List<ValueColumn> values) {
    }

    /**
     * One column right of 三级指标.
     *
     * @param field {@link FormLabel#PERIOD_VALUE}, {@link FormLabel#ANNUAL_VALUE}, {@link FormLabel#WEIGHT},
     *        or null for a column the table does not keep (备注, …)
     */
    record ValueColumn(FormLabel field, int column, String caption) {
    }

    /**
     * A row split into label cells (一级/二级), the 三级 name and the value cells; {@code unplaceable}
     * holds the cells of a row that has more cells than a row can have.
     */
    private record RowParts(int row, List<Slot> labels, Slot name, List<Slot> values, List<Slot> unplaceable) {
        static RowParts tooManyCells(List<Slot> cells) {
            return new RowParts(cells.get(0).row(), List.of(), null, List.of(), cells);
        }
    }

    private static final Pattern FOOTER = Pattern.compile(
            "(注|说明|备注|填表说明|填报说明)(\\d|:|$).*"
                    + "|(填表人|填报人|联系人|联系电话|单位负责人|财务负责人|负责人|审核人|填报日期|填表日期)(:.*)?");

    private final Grid grid;
    private final IndicatorFramework framework;
    private final Findings findings;
    private final TargetValueReader targetValues;
    private final NumberReader numbers;
    private final Map<String, String> frameworkNames = new LinkedHashMap<>();

    // Placement context: the 一级 and 二级 the current row continues.
    private String level1;
    private Slot level1Cell;
    private int indicatorsUnderLevel1;
    private int level2sUnderLevel1;
    private String level2;
    private Slot level2Cell;
    private int indicatorsUnderLevel2;
    private final Set<String> level1sSeen = new HashSet<>();

    IndicatorBlockReader(Grid grid, IndicatorFramework framework, Findings findings) {
        this.grid = grid;
        this.framework = framework;
        this.findings = findings;
        this.targetValues = new TargetValueReader(findings);
        this.numbers = new NumberReader(findings);
        for (IndicatorFramework.Entry entry : framework.entries()) {
            frameworkNames.putIfAbsent(LabelText.normalise(entry.level1()), entry.level1());
            frameworkNames.putIfAbsent(LabelText.normalise(entry.level2()), entry.level2());
        }
    }

    /** The caption row of the block within rows [from, to): a row with 三级指标 and a value column. */
    static Optional<Captions> findCaptions(Grid grid, int from, int to) {
        for (int r = from; r < to; r++) {
            int level1 = -1;
            int level2 = -1;
            int level3 = -1;
            List<Slot> cells = grid.nonBlank(r);
            for (Slot slot : cells) {
                Optional<FormLabel> label = FormLabel.match(slot.cell().text()).map(FormLabel.Match::label);
                if (label.isPresent() && level3 < 0) {
                    switch (label.get()) {
                        case LEVEL1 -> level1 = slot.column();
                        case LEVEL2 -> level2 = slot.column();
                        case LEVEL3 -> level3 = slot.column();
                        default -> { }
                    }
                }
            }
            if (level3 < 0) {
                continue;
            }
            List<ValueColumn> values = new ArrayList<>();
            for (Slot slot : cells) {
                if (slot.column() > level3) {
                    FormLabel field = FormLabel.match(slot.cell().text()).map(FormLabel.Match::label)
                            .filter(l -> l == FormLabel.PERIOD_VALUE || l == FormLabel.ANNUAL_VALUE || l == FormLabel.WEIGHT)
                            .orElse(null);
                    values.add(new ValueColumn(field, slot.column(), slot.value()));
                }
            }
            if (values.stream().anyMatch(v -> v.field() == FormLabel.PERIOD_VALUE || v.field() == FormLabel.ANNUAL_VALUE)) {
                return Optional.of(new Captions(r, level1, level2, level3, List.copyOf(values)));
            }
        }
        return Optional.empty();
    }

    /** The indicators of rows (captions.row, end), in form order. */
    List<IndicatorLine> read(Captions captions, int end) {
        List<RowParts> rows = new ArrayList<>();
        Slot footer = null;
        for (int r = captions.row() + 1; r < end && footer == null; r++) {
            List<Slot> cells = grid.nonBlank(r).stream().filter(s -> !FormLabel.INDICATORS.matches(s.cell().text())).toList();
            if (cells.isEmpty() || isRepeatedCaptionRow(cells)) {
                continue;
            }
            if (FOOTER.matcher(LabelText.normalise(cells.get(0).value())).matches()) {
                footer = cells.get(0);
            } else {
                rows.add(split(cells, captions));
            }
        }
        int[] offsets = valueOffsets(rows, captions);
        List<IndicatorLine> lines = new ArrayList<>();
        for (RowParts row : rows) {
            place(row, captions, offsets).ifPresent(lines::add);
        }
        closeLevel1();
        if (footer != null) {
            findings.info(FindingCodes.TRAILING_ROWS_IGNORED, footer.location(),
                    "Rows from '" + TaskBlockReader.abbreviated(footer.value()) + "' on are notes after the table; not read",
                    "自“" + TaskBlockReader.abbreviated(footer.value()) + "”起为表后说明，未读取");
        }
        return lines;
    }

    private static boolean isRepeatedCaptionRow(List<Slot> cells) {
        return cells.stream().anyMatch(s -> FormLabel.LEVEL3.matches(s.cell().text()));
    }

    private RowParts split(List<Slot> cells, Captions captions) {
        int valueCount = captions.values().size();
        List<Slot> labels = new ArrayList<>();
        int i = 0;
        while (i < cells.size() && labels.size() < 2 && isFrameworkName(cells.get(i))) {
            labels.add(cells.get(i++));
        }
        List<Slot> rest = cells.subList(i, cells.size());
        int extra = rest.size() - (1 + valueCount);
        if (extra > 0) {
            if (labels.size() + extra > 2) {
                return RowParts.tooManyCells(cells);
            }
            labels.addAll(rest.subList(0, extra));
            rest = rest.subList(extra, rest.size());
        }
        if (rest.size() == 1 && labels.size() < 2 && isLabelColumn(rest.get(0).column(), captions)) {
            // A lone cell under the 一级/二级 caption is a label the framework does not know (a placeholder).
            labels.add(rest.get(0));
            rest = List.of();
        }
        int row = cells.get(0).row();
        return rest.isEmpty()
                ? new RowParts(row, List.copyOf(labels), null, List.of(), List.of())
                : new RowParts(row, List.copyOf(labels), rest.get(0), List.copyOf(rest.subList(1, rest.size())), List.of());
    }

    private static boolean isLabelColumn(int column, Captions captions) {
        return column != captions.level3Column() && (column == captions.level1Column() || column == captions.level2Column());
    }

    private Optional<IndicatorLine> place(RowParts row, Captions captions, int[] offsets) {
        if (!row.unplaceable().isEmpty()) {
            List<Slot> cells = row.unplaceable();
            findings.warning(FindingCodes.ROW_NOT_PLACED, cells.get(0).location(),
                    "Indicator row with " + cells.size() + " cells cannot be placed (at most 一级, 二级, 三级 and "
                            + captions.values().size() + " values expected); skipped",
                    "该指标行有 " + cells.size() + " 个单元格，无法对应一级、二级、三级指标和 " + captions.values().size()
                            + " 个指标值；已跳过");
            return Optional.empty();
        }
        if (row.labels().size() == 2) {
            enterLevel1(canonical(row.labels().get(0)), row.labels().get(0));
            enterLevel2(canonical(row.labels().get(1)), row.labels().get(1), false);
        } else if (row.labels().size() == 1) {
            Slot label = row.labels().get(0);
            String text = canonical(label);
            if (isLevel1Name(text) && !isLevel2Name(text)) {
                enterLevel1(text, label);
            } else {
                enterLevel2(text, label, true);
            }
        }
        if (row.name() == null) {
            return Optional.empty();
        }
        if (level1 == null && level2 == null) {
            findings.warning(FindingCodes.ROW_NOT_PLACED, row.name().location(),
                    "Indicator '" + row.name().value() + "' has no 一级/二级 above it; skipped",
                    "指标“" + row.name().value() + "”上方没有一级/二级指标，已跳过");
            return Optional.empty();
        }
        if (level2 == null) {
            inferLevel2(row.name());
        }
        if (indicatorsUnderLevel2 == 0 && !framework.allows(level1, level2)) {
            reportMismatch(row.name());
        }
        indicatorsUnderLevel1++;
        indicatorsUnderLevel2++;
        return Optional.of(line(row, captions, offsets));
    }

    private void enterLevel1(String name, Slot cell) {
        if (name.equals(level1)) {
            return;
        }
        closeLevel1();
        level1 = name;
        level1Cell = cell;
        level1sSeen.add(name);
    }

    private void enterLevel2(String name, Slot cell, boolean level1FromContext) {
        if (name.equals(level2)) {
            return;
        }
        closeLevel2();
        if (level1FromContext) {
            String owner = level1For(name, cell);
            if (!Objects.equals(owner, level1)) {
                closeLevel1();
                level1 = owner;
                level1Cell = null;
                level1sSeen.add(owner);
            }
        }
        level2 = name;
        level2Cell = cell;
        level2sUnderLevel1++;
    }

    /** The 一级 of a 二级 printed without one: the one above it, unless that cannot be meant. */
    private String level1For(String name, Slot cell) {
        if (level1 != null && framework.allows(level1, name)) {
            return level1;
        }
        if (level1Cell != null && grid.mergeExtends(level1Cell.row(), level1Cell.column(), cell.row())) {
            return level1; // the merged 一级 cell covers this row: written, even if wrong
        }
        Optional<String> owner = framework.level1Of(name);
        if (owner.isPresent() && !owner.get().equals(level1) && !level1sSeen.contains(owner.get())) {
            findings.info(FindingCodes.LEVEL1_INFERRED, cell.location(),
                    "二级 " + name + " has no 一级 on the form; 一级 " + owner.get() + " taken from framework " + framework.code(),
                    "二级指标“" + name + "”前没有一级指标，按指标框架 " + framework.code() + " 补为“" + owner.get() + "”");
            return owner.get();
        }
        return level1;
    }

    private void inferLevel2(Slot name) {
        List<String> candidates = framework.entries().stream()
                .filter(e -> e.level1().equals(level1)).map(IndicatorFramework.Entry::level2).distinct().toList();
        if (candidates.size() == 1) {
            level2 = candidates.get(0);
            level2Cell = null;
            level2sUnderLevel1++;
            findings.info(FindingCodes.LEVEL2_INFERRED, name.location(),
                    "Indicator '" + name.value() + "' has no 二级 on the form; 二级 " + level2 + " taken from framework " + framework.code(),
                    "指标“" + name.value() + "”没有二级指标，按指标框架 " + framework.code() + " 补为“" + level2 + "”");
        }
    }

    private void closeLevel2() {
        if (level2 != null && indicatorsUnderLevel2 == 0 && level2Cell != null) {
            reportPlaceholder(level2Cell, "二级 " + level2, "二级指标“" + level2 + "”");
        }
        level2 = null;
        level2Cell = null;
        indicatorsUnderLevel2 = 0;
    }

    private void closeLevel1() {
        closeLevel2();
        if (level1 != null && indicatorsUnderLevel1 == 0 && level2sUnderLevel1 == 0 && level1Cell != null) {
            reportPlaceholder(level1Cell, "一级 " + level1, "一级指标“" + level1 + "”");
        }
        level1 = null;
        level1Cell = null;
        indicatorsUnderLevel1 = 0;
        level2sUnderLevel1 = 0;
    }

    private void reportPlaceholder(Slot cell, String english, String chinese) {
        findings.info(FindingCodes.PLACEHOLDER_ROW_IGNORED, cell.location(),
                english + " has no 三级 indicator under it (an empty row of the template); ignored",
                chinese + "下没有三级指标（模板空行），已忽略");
    }

    private void reportMismatch(Slot name) {
        Slot at = level2Cell != null ? level2Cell : level1Cell != null ? level1Cell : name;
        String english;
        String chinese;
        if (level2 == null) {
            english = "一级 " + level1 + " has no 二级";
            chinese = "一级指标“" + level1 + "”下没有二级指标";
        } else if (level1 == null) {
            english = "二级 " + level2 + " has no 一级";
            chinese = "二级指标“" + level2 + "”没有一级指标";
        } else if (!isLevel1Name(level1)) {
            english = "一级 " + level1 + " is not in the framework";
            chinese = "一级指标“" + level1 + "”不在指标框架中";
        } else if (isLevel2Name(level2)) {
            String owners = framework.entries().stream().filter(e -> e.level2().equals(level2))
                    .map(IndicatorFramework.Entry::level1).distinct().reduce((a, b) -> a + "/" + b).orElse("");
            english = "二级 " + level2 + " belongs to " + owners + ", not to " + level1;
            chinese = "二级指标“" + level2 + "”属于“" + owners + "”，不属于“" + level1 + "”";
        } else {
            String suggestion = suggestionFor(level1, level2);
            english = "二级 " + level2 + " is not a 二级 of " + level1 + (suggestion == null ? "" : " (meant: " + suggestion + "?)");
            chinese = "二级指标“" + level2 + "”不是“" + level1 + "”的二级指标" + (suggestion == null ? "" : "（是否应为“" + suggestion + "”？）");
        }
        findings.warning(FindingCodes.FRAMEWORK_MISMATCH, at.location(),
                english + " in framework " + framework.code() + "; kept as written (一级 " + level1 + ", 二级 " + level2 + ")",
                chinese + "（指标框架 " + framework.code() + "）；按原样保留");
    }

    private String suggestionFor(String level1Name, String written) {
        List<String> candidates = framework.entries().stream()
                .filter(e -> e.level1().equals(level1Name))
                .map(IndicatorFramework.Entry::level2)
                .filter(l2 -> l2.startsWith(written) || written.startsWith(l2))
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** The most common column distance from 三级 name to each value among complete rows; else the captions'. */
    private static int[] valueOffsets(List<RowParts> rows, Captions captions) {
        int n = captions.values().size();
        Map<List<Integer>, Integer> counts = new LinkedHashMap<>();
        for (RowParts row : rows) {
            if (row.name() != null && row.values().size() == n) {
                List<Integer> offsets = row.values().stream().map(v -> v.column() - row.name().column()).toList();
                counts.merge(offsets, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey().stream().mapToInt(Integer::intValue).toArray())
                .orElseGet(() -> captions.values().stream().mapToInt(v -> v.column() - captions.level3Column()).toArray());
    }

    private IndicatorLine line(RowParts row, Captions captions, int[] offsets) {
        Slot[] byColumn = assignValues(row, offsets);
        String name = row.name().value();
        findings.used(row.name().cell());
        String period = null;
        String annual = null;
        java.math.BigDecimal weight = null;
        for (int k = 0; k < byColumn.length; k++) {
            FormLabel field = captions.values().get(k).field();
            Cell cell = byColumn[k] == null ? null : byColumn[k].cell();
            if (field == FormLabel.WEIGHT) {
                weight = numbers.weight(cell, "权重 of " + name);
            } else if (field == FormLabel.PERIOD_VALUE || field == FormLabel.ANNUAL_VALUE) {
                if (cell == null) {
                    String location = grid.location(row.row(), row.name().column() + offsets[k]);
                    findings.info(FindingCodes.BLANK_KEPT, location,
                            captions.values().get(k).caption() + " of " + name + " is blank; kept blank",
                            name + " 的" + captions.values().get(k).caption() + "为空，保留为空白");
                } else if (field == FormLabel.PERIOD_VALUE) {
                    period = targetValues.read(cell, name);
                } else {
                    annual = targetValues.read(cell, name);
                }
            }
        }
        return new IndicatorLine(level1, level2, name, period, annual, weight, null);
    }

    private Slot[] assignValues(RowParts row, int[] offsets) {
        Slot[] byColumn = new Slot[offsets.length];
        List<Slot> values = row.values();
        if (values.size() == offsets.length) {
            return values.toArray(new Slot[0]);
        }
        boolean ambiguous = false;
        for (Slot value : values) {
            int k = indexOf(offsets, value.column() - row.name().column());
            if (k < 0 || byColumn[k] != null) {
                ambiguous = true;
                break;
            }
            byColumn[k] = value;
        }
        if (ambiguous) {
            Arrays.fill(byColumn, null);
            for (int k = 0; k < values.size(); k++) {
                byColumn[k] = values.get(k);
            }
            findings.warning(FindingCodes.VALUE_COLUMN_AMBIGUOUS, row.name().location(),
                    "Indicator '" + row.name().value() + "' has " + values.size() + " of " + offsets.length
                            + " values and their columns cannot be told; assigned left to right",
                    "指标“" + row.name().value() + "”只有 " + values.size() + " 个指标值（应为 " + offsets.length
                            + " 个），无法判断所在栏目，已按从左到右填入");
        }
        return byColumn;
    }

    private static int indexOf(int[] offsets, int offset) {
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] == offset) {
                return k;
            }
        }
        return -1;
    }

    private boolean isFrameworkName(Slot cell) {
        return frameworkNames.containsKey(LabelText.normalise(cell.value()));
    }

    /** The framework's spelling of a known name, else the cell as written. */
    private String canonical(Slot cell) {
        return frameworkNames.getOrDefault(LabelText.normalise(cell.value()), cell.value());
    }

    private boolean isLevel1Name(String name) {
        return framework.level1Names().contains(name);
    }

    private boolean isLevel2Name(String name) {
        return framework.entries().stream().anyMatch(e -> e.level2().equals(name));
    }
}
