package org.budgetperf.exchange.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.exchange.table.OfficialLayout.Role;

/**
 * The 绩效指标 block of the {@link OfficialLayout}: its caption row, then the indicators grouped by (一级, 二级) with
 * the pairs of the framework that have none.
 *
 * <pre>
 *   A        B        C        D   E   F   G   H   I
 *   绩效指标 │ 一级指标 │ 二级指标 │ 三级指标 (D:E) │ 实施周期指标值(2024-2026年) (F:G) │ 年度指标值 (H:I)
 * </pre>
 * With one value column, 三级指标 spans D:F and 指标值 G:I; with a 权重 column, 年度指标值 is H and 权重 I.
 *
 * <h2>Decisions that make the block read back exactly</h2>
 * <ul>
 *   <li>The value columns are 实施周期指标值 and 年度指标值 when the table has a period or any period value,
 *       else one 指标值 column (Zhanjiang). The period is printed in the caption,
 *       {@code 实施周期指标值(2024-2026年)}, which the readers parse back. A 权重 column is added only when an
 *       indicator has a weight (the form has none; the self-evaluation does).</li>
 *   <li>Every (一级, 二级) pair of the framework is listed: a pair without indicators gets an empty placeholder
 *       row (the readers ignore it), placed among the pairs of its 一级 in framework order.</li>
 *   <li>一级 is printed once per run of rows with the same 一级 (merged over the run in xlsx). A run is also
 *       started, and the 一级 printed again, at a group whose pair is outside the framework, because text
 *       has no merged cells and a reader would otherwise take the 一级 that the framework gives the 二级.</li>
 *   <li>A group whose 二级 is not a name of the framework ({@code 服务对象}) and whose first indicator lacks a
 *       value gets a row of its own for the labels: the readers tell an unknown label from a 三级 name only
 *       by the number of cells in a row, or by a label standing alone.</li>
 * </ul>
 */
final class IndicatorBlockLayout {

    /** A value column of the indicator block. */
    private enum ValueKind {
        PERIOD,
        ANNUAL,
        WEIGHT
    }

    /** Consecutive indicators with the same (一级, 二级), or a framework pair without indicators (no lines). */
    private record Group(String level1, String level2, List<IndicatorLine> lines) {}

    private final OfficialLayout layout;
    private final TargetTable table;
    private final IndicatorFramework framework;

    private IndicatorBlockLayout(OfficialLayout layout, TargetTable table, IndicatorFramework framework) {
        this.layout = layout;
        this.table = table;
        this.framework = framework;
    }

    /** Places the block in {@code layout}, from its next row on. */
    static void place(OfficialLayout layout, TargetTable table, IndicatorFramework framework) {
        new IndicatorBlockLayout(layout, table, framework).build();
    }

    private void build() {
        List<IndicatorLine> lines = table.indicators();
        boolean period = table.periodStartYear() != null
                || table.periodEndYear() != null
                || lines.stream().anyMatch(l -> l.periodValue() != null);
        boolean weight = lines.stream().anyMatch(l -> l.weight() != null);
        List<ValueKind> kinds = new ArrayList<>();
        if (period) {
            kinds.add(ValueKind.PERIOD);
        }
        kinds.add(ValueKind.ANNUAL);
        if (weight) {
            kinds.add(ValueKind.WEIGHT);
        }
        // 一级 in B, 二级 in C; 三级 and the values share D:I (see the class comment).
        int[][] valueAreas = switch (kinds.size()) {
            case 1 -> new int[][] {{6, 8}};
            case 2 -> new int[][] {{5, 6}, {7, 8}};
            default -> new int[][] {{5, 6}, {7, 7}, {8, 8}};
        };
        int nameLast = valueAreas[0][0] - 1;

        List<Group> groups = withPlaceholders(grouped(lines), framework);
        int blockRows = 1;
        for (Group g : groups) {
            blockRows += Math.max(1, g.lines().size()) + (needsLabelRow(g, framework, kinds) ? 1 : 0);
        }
        int captionRow = layout.addRow();
        layout.indicatorCaptionRow(captionRow);
        layout.place(captionRow, 0, captionRow + blockRows - 1, 0, Role.SECTION, OfficialLayout.INDICATORS);
        layout.place(captionRow, 1, captionRow, 1, Role.CAPTION, OfficialLayout.LEVEL1);
        layout.place(captionRow, 2, captionRow, 2, Role.CAPTION, OfficialLayout.LEVEL2);
        layout.place(captionRow, 3, captionRow, nameLast, Role.CAPTION, OfficialLayout.LEVEL3);
        for (int k = 0; k < kinds.size(); k++) {
            layout.place(
                    captionRow,
                    valueAreas[k][0],
                    captionRow,
                    valueAreas[k][1],
                    Role.CAPTION,
                    caption(kinds.get(k), period, table.periodStartYear(), table.periodEndYear()));
        }

        // 一级 runs: consecutive groups with the same 一级, broken at pairs outside the framework.
        int runStart = -1;
        String runLevel1 = null;
        Group previous = null;
        for (Group g : groups) {
            boolean startsRun = previous == null
                    || !Objects.equals(previous.level1(), g.level1())
                    || !framework.allows(g.level1(), g.level2());
            if (startsRun) {
                closeRun(runStart, runLevel1);
                runStart = layout.rowCount();
                runLevel1 = g.level1();
            }
            int groupStart = layout.rowCount();
            if (g.lines().isEmpty() || needsLabelRow(g, framework, kinds)) {
                emptyIndicatorRow(layout.addRow(), nameLast, valueAreas);
            }
            for (IndicatorLine line : g.lines()) {
                int r = layout.addRow();
                layout.place(r, 3, r, nameLast, Role.TEXT, line.name());
                for (int k = 0; k < kinds.size(); k++) {
                    layout.place(r, valueAreas[k][0], r, valueAreas[k][1], Role.VALUE, valueOf(kinds.get(k), line));
                }
            }
            layout.place(groupStart, 2, layout.rowCount() - 1, 2, Role.HIERARCHY, g.level2());
            previous = g;
        }
        closeRun(runStart, runLevel1);
    }

    private void closeRun(int runStart, String level1) {
        if (runStart >= 0) {
            layout.place(runStart, 1, layout.rowCount() - 1, 1, Role.HIERARCHY, level1);
        }
    }

    private void emptyIndicatorRow(int r, int nameLast, int[][] valueAreas) {
        layout.place(r, 3, r, nameLast, Role.EMPTY, null);
        for (int[] area : valueAreas) {
            layout.place(r, area[0], r, area[1], Role.EMPTY, null);
        }
    }

    private static String caption(ValueKind kind, boolean period, Integer start, Integer end) {
        return switch (kind) {
            case PERIOD ->
                start != null && end != null
                        ? OfficialLayout.PERIOD_VALUE + "(" + start + "-" + end + "年)"
                        : OfficialLayout.PERIOD_VALUE;
            case ANNUAL -> period ? OfficialLayout.ANNUAL_VALUE : OfficialLayout.SINGLE_VALUE;
            case WEIGHT -> OfficialLayout.WEIGHT;
        };
    }

    private static String valueOf(ValueKind kind, IndicatorLine line) {
        return switch (kind) {
            case PERIOD -> line.periodValue();
            case ANNUAL -> line.annualValue();
            case WEIGHT -> line.weight() == null ? null : line.weight().toPlainString();
        };
    }

    /** See the class comment: an unknown 二级 under a known 一级, with a value missing on its first row. */
    private static boolean needsLabelRow(Group g, IndicatorFramework framework, List<ValueKind> kinds) {
        if (g.lines().isEmpty() || isFrameworkName(framework, g.level2()) || !isFrameworkName(framework, g.level1())) {
            return false;
        }
        IndicatorLine first = g.lines().get(0);
        return kinds.stream().anyMatch(k -> valueOf(k, first) == null);
    }

    private static boolean isFrameworkName(IndicatorFramework framework, String name) {
        String normalised = LabelText.normalise(name);
        return framework.entries().stream()
                .anyMatch(e -> LabelText.normalise(e.level1()).equals(normalised)
                        || LabelText.normalise(e.level2()).equals(normalised));
    }

    private static List<Group> grouped(List<IndicatorLine> lines) {
        List<Group> groups = new ArrayList<>();
        List<IndicatorLine> current = new ArrayList<>();
        for (IndicatorLine line : lines) {
            if (!current.isEmpty()
                    && !(Objects.equals(current.get(0).level1(), line.level1())
                            && Objects.equals(current.get(0).level2(), line.level2()))) {
                groups.add(new Group(current.get(0).level1(), current.get(0).level2(), List.copyOf(current)));
                current.clear();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(current.get(0).level1(), current.get(0).level2(), List.copyOf(current)));
        }
        return groups;
    }

    /**
     * Adds a placeholder group for every framework pair without indicators: after the last group of its 一级 that
     * comes earlier in the framework, else before the first group of its 一级, else after the groups of the 一级
     * before it in the framework.
     */
    private static List<Group> withPlaceholders(List<Group> groups, IndicatorFramework framework) {
        List<Group> result = new ArrayList<>(groups);
        List<IndicatorFramework.Entry> entries = framework.entries();
        List<String> level1Order = framework.level1Names();
        for (int e = 0; e < entries.size(); e++) {
            IndicatorFramework.Entry entry = entries.get(e);
            if (groups.stream()
                    .anyMatch(g ->
                            entry.level1().equals(g.level1()) && entry.level2().equals(g.level2()))) {
                continue;
            }
            int lastBefore = -1;
            int firstSame = -1;
            int afterEarlier = -1;
            int rank = level1Order.indexOf(entry.level1());
            for (int i = 0; i < result.size(); i++) {
                Group g = result.get(i);
                if (entry.level1().equals(g.level1())) {
                    firstSame = firstSame < 0 ? i : firstSame;
                    int position = indexOf(entries, g);
                    if (position >= 0 && position < e) {
                        lastBefore = i;
                    }
                }
                int r = level1Order.indexOf(g.level1());
                if (r >= 0 && r < rank) {
                    afterEarlier = i;
                }
            }
            int at = lastBefore >= 0 ? lastBefore + 1 : firstSame >= 0 ? firstSame : afterEarlier + 1;
            result.add(at, new Group(entry.level1(), entry.level2(), List.of()));
        }
        return result;
    }

    private static int indexOf(List<IndicatorFramework.Entry> entries, Group g) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).level1().equals(g.level1())
                    && entries.get(i).level2().equals(g.level2())) {
                return i;
            }
        }
        return -1;
    }
}
