package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-FW-2 Every 一级 has an indicator</b> (severity WARNING).
 *
 * <p>Statement: each 一级 of the table's framework has at least one 三级 indicator.
 *
 * <p>Check: for each {@code framework.level1Names()}, some indicator (placeholders excepted) whose 一级 is
 * that name; an indicator with a blank 一级 counts for the 一级 its 二级 belongs to
 * ({@code framework.level1Of}). One FAIL per uncovered 一级, target {@code indicators}. No framework
 * given: one NOT_VERIFIABLE finding.
 *
 * <p>Source: domain.md §4.2 R-FW-2 (Dongguan 2024 has no 满意度 indicator: WARNING); §4.4 R-SCO-1 (a 一级
 * with no indicator earns nothing in the self-evaluation).
 *
 * <p>Decisions: a WARNING, as §4.2 says: a department may have nothing to measure under a 一级, but the
 * self-evaluation will then give that 一级's weight no score, which the department should know before
 * submitting. An indicator counts for its written 一级 even when its 二级 is wrong (R-FW-1 reports that),
 * so one mistake is not reported twice.
 */
public final class FrameworkCoverageRule extends FrameworkRule {

    public FrameworkCoverageRule() {
        super("R-FW-2", Severity.WARNING, "各一级指标是否都有三级指标", "the coverage of its 一级");
    }

    @Override
    List<ReviewFinding> checkAgainst(TargetTable table, IndicatorFramework framework) {
        Set<String> covered = ReviewedIndicator.of(table).stream()
                .map(ind -> level1(ind, framework))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<ReviewFinding> found = new ArrayList<>();
        for (String l1 : framework.level1Names()) {
            if (covered.contains(l1)) {
                continue;
            }
            List<String> level2s = framework.entries().stream()
                    .filter(e -> l1.equals(e.level1()))
                    .map(IndicatorFramework.Entry::level2)
                    .toList();
            found.add(failure(
                    "indicators",
                    "一级指标「" + l1 + "」下没有三级指标（可设二级：" + String.join("、", level2s) + "）。绩效自评时无指标的一级不得分（R-SCO-1）。",
                    "The 一级 '" + l1 + "' has no 三级 indicator (its 二级: " + String.join(", ", level2s)
                            + "). In the self-evaluation a 一级 with no indicator earns nothing (R-SCO-1)."));
        }
        return orPass(
                found,
                "框架 " + framework.code() + " 的每个一级指标下都有三级指标。",
                "Every 一级 of framework " + framework.code() + " has at least one 三级 indicator.");
    }

    private static String level1(ReviewedIndicator ind, IndicatorFramework framework) {
        String l1 = Texts.strip(ind.line().level1());
        if (!Texts.isBlank(l1)) {
            return l1;
        }
        String l2 = Texts.strip(ind.line().level2());
        return Texts.isBlank(l2) ? null : framework.level1Of(l2).orElse(null);
    }
}
