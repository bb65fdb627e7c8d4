package org.budgetperf.exchange.table;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFindings;

/**
 * The 一级 and 二级 an indicator row continues, as the merged cells of the spreadsheet show it, and
 * what the importer has to say about them.
 *
 * <p>What is written is kept: a pair outside the framework ({@code 效益指标 / 质量指标}) is imported as
 * written and reported (FRAMEWORK_MISMATCH), never corrected. Only what is <em>missing</em> is taken
 * from the framework: a 二级 printed without its 一级 (Dongguan never prints 满意度指标) gets the 一级
 * the framework gives it, provided that 一级 has not appeared on the form yet and no merged 一级 cell
 * covers the row (LEVEL1_INFERRED); an indicator under a 一级 with a single 二级 gets that 二级
 * (LEVEL2_INFERRED). A 二级 (or 一级) with no 三级 under it is an empty placeholder row of the
 * template (PLACEHOLDER_ROW_IGNORED).
 */
final class IndicatorHierarchy {

    private final Grid grid;
    private final IndicatorFramework framework;
    private final ImportFindings findings;
    private final Set<String> level1sSeen = new HashSet<>();

    private String level1;
    private Slot level1Cell;
    private int indicatorsUnderLevel1;
    private int level2sUnderLevel1;
    private String level2;
    private Slot level2Cell;
    private int indicatorsUnderLevel2;

    IndicatorHierarchy(Grid grid, IndicatorFramework framework, ImportFindings findings) {
        this.grid = grid;
        this.framework = framework;
        this.findings = findings;
    }

    String level1() {
        return level1;
    }

    String level2() {
        return level2;
    }

    /** A row's label cells: (一级, 二级), a lone 一级, or a lone 二级. Names are the framework's spelling when known. */
    void enter(List<Slot> labels, List<String> names) {
        if (labels.size() == 2) {
            enterLevel1(names.get(0), labels.get(0));
            enterLevel2(names.get(1), labels.get(1), false);
        } else if (labels.size() == 1) {
            String name = names.get(0);
            if (isLevel1Name(name) && !isLevel2Name(name)) {
                enterLevel1(name, labels.get(0));
            } else {
                enterLevel2(name, labels.get(0), true);
            }
        }
    }

    /**
     * Places an indicator under the current 一级 and 二级; false (reported) when there are none.
     */
    boolean place(Slot name) {
        if (level1 == null && level2 == null) {
            findings.warning(
                    FindingCodes.ROW_NOT_PLACED,
                    name.location(),
                    "Indicator '" + name.value() + "' has no 一级/二级 above it; skipped",
                    "指标“" + name.value() + "”上方没有一级/二级指标，已跳过");
            return false;
        }
        if (level2 == null) {
            inferLevel2(name);
        }
        if (indicatorsUnderLevel2 == 0 && !framework.allows(level1, level2)) {
            reportMismatch(name);
        }
        indicatorsUnderLevel1++;
        indicatorsUnderLevel2++;
        return true;
    }

    /** The end of the block: reports the placeholders still open. */
    void close() {
        closeLevel1();
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
            findings.info(
                    FindingCodes.LEVEL1_INFERRED,
                    cell.location(),
                    "二级 " + name + " has no 一级 on the form; 一级 " + owner.get() + " taken from framework "
                            + framework.code(),
                    "二级指标“" + name + "”前没有一级指标，按指标框架 " + framework.code() + " 补为“" + owner.get() + "”");
            return owner.get();
        }
        return level1;
    }

    private void inferLevel2(Slot name) {
        List<String> candidates = framework.entries().stream()
                .filter(e -> e.level1().equals(level1))
                .map(IndicatorFramework.Entry::level2)
                .distinct()
                .toList();
        if (candidates.size() == 1) {
            level2 = candidates.get(0);
            level2Cell = null;
            level2sUnderLevel1++;
            findings.info(
                    FindingCodes.LEVEL2_INFERRED,
                    name.location(),
                    "Indicator '" + name.value() + "' has no 二级 on the form; 二级 " + level2 + " taken from framework "
                            + framework.code(),
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
        findings.info(
                FindingCodes.PLACEHOLDER_ROW_IGNORED,
                cell.location(),
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
            String owners = String.join(
                    "/",
                    framework.entries().stream()
                            .filter(e -> e.level2().equals(level2))
                            .map(IndicatorFramework.Entry::level1)
                            .distinct()
                            .toList());
            english = "二级 " + level2 + " belongs to " + owners + ", not to " + level1;
            chinese = "二级指标“" + level2 + "”属于“" + owners + "”，不属于“" + level1 + "”";
        } else {
            String meant = meantLevel2(level1, level2);
            english = "二级 " + level2 + " is not a 二级 of " + level1 + (meant == null ? "" : " (meant: " + meant + "?)");
            chinese = "二级指标“" + level2 + "”不是“" + level1 + "”的二级指标" + (meant == null ? "" : "（是否应为“" + meant + "”？）");
        }
        findings.warning(
                FindingCodes.FRAMEWORK_MISMATCH,
                at.location(),
                english + " in framework " + framework.code() + "; kept as written (一级 " + level1 + ", 二级 " + level2
                        + ")",
                chinese + "（指标框架 " + framework.code() + "）；按原样保留");
    }

    /** The framework 二级 a truncated or lengthened name stands for ({@code 服务对象} → 服务对象满意度指标), if unique. */
    private String meantLevel2(String level1Name, String written) {
        List<String> candidates = framework.entries().stream()
                .filter(e -> e.level1().equals(level1Name))
                .map(IndicatorFramework.Entry::level2)
                .filter(l2 -> l2.startsWith(written) || written.startsWith(l2))
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private boolean isLevel1Name(String name) {
        return framework.level1Names().contains(name);
    }

    private boolean isLevel2Name(String name) {
        return framework.entries().stream().anyMatch(e -> e.level2().equals(name));
    }
}
