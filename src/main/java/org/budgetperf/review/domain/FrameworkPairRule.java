package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-FW-1 (一级, 二级) pairs belong to the framework</b> (severity ERROR).
 *
 * <p>Statement: every indicator's (一级, 二级) pair is one of the table's indicator framework.
 *
 * <p>Check: for each indicator (placeholders excepted), {@code framework.allows(一级, 二级)} after
 * stripping surrounding white space. One FAIL per indicator, target {@code indicators[i].level1} when the
 * 一级 is blank or not a framework 一级, else {@code indicators[i].level2}. The message names the pair, the
 * framework and a hint:
 * <ul>
 *   <li>the 二级 is a framework 二级 under another 一级 (Zhanjiang 2024: 质量指标 under 效益指标): "in this
 *       framework 质量指标 belongs to 产出指标";</li>
 *   <li>exactly one 二级 of this 一级 contains the written one (Zhanjiang 2024: 服务对象 under 满意度指标): "did
 *       you mean 服务对象满意度指标?" (several matches, e.g. a bare "指标", would make the hint a guess);</li>
 *   <li>otherwise the 二级 allowed under the 一级 (or the framework's 一级).</li>
 * </ul>
 * No framework given: one NOT_VERIFIABLE finding.
 *
 * <p>Source: domain.md §2 (the Guangdong framework; mismatches are reported, not refused, and block
 * submission until fixed), §4.2 R-FW-1.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A truncated 二级 ("服务对象") is an ERROR like any other pair outside the framework, not a WARNING:
 *       the pair is what scoring (R-SCO-1) and R-FW-2 group by, a name that is not in the framework cannot
 *       be grouped without guessing, and the fix is one cell. The hint makes the fix obvious.</li>
 *   <li>Surrounding white space is ignored (it is invisible on the form); any other difference counts.</li>
 * </ul>
 */
public final class FrameworkPairRule extends FrameworkRule {

    public FrameworkPairRule() {
        super("R-FW-1", Severity.ERROR, "一级/二级指标", "the (一级, 二级) pairs");
    }

    @Override
    List<ReviewFinding> checkAgainst(TargetTable table, IndicatorFramework framework) {
        List<ReviewFinding> found = new ArrayList<>();
        for (ReviewedIndicator ind : ReviewedIndicator.of(table)) {
            String l1 = Texts.strip(ind.line().level1());
            String l2 = Texts.strip(ind.line().level2());
            if (!Texts.isBlank(l1) && !Texts.isBlank(l2) && framework.allows(l1, l2)) {
                continue;
            }
            found.add(mismatch(ind, l1, l2, framework));
        }
        return orPass(
                found,
                "所有指标的一级/二级均属于指标框架 " + framework.code() + "。",
                "Every indicator's (一级, 二级) pair is in framework " + framework.code() + ".");
    }

    private ReviewFinding mismatch(ReviewedIndicator ind, String l1, String l2, IndicatorFramework framework) {
        String fw = framework.code();
        String pair = "（" + display(l1) + "，" + display(l2) + "）";
        String pairEn = "(" + display(l1) + ", " + display(l2) + ")";
        String headZh = ind.zh() + "的一级/二级" + pair + "不在指标框架 " + fw + " 中：";
        String headEn = "The pair " + pairEn + " of " + ind.en() + " is not in framework " + fw + ": ";
        boolean level1Wrong = Texts.isBlank(l1) || !framework.level1Names().contains(l1);
        Message why = level1Wrong ? level1Reason(l1, l2, framework) : level2Reason(l1, l2, framework);
        return indicatorFailure(ind.index(), level1Wrong ? "level1" : "level2", headZh + why.zh(), headEn + why.en());
    }

    /** The 一级 is blank or not the framework's: hints at the 一级 the written 二级 belongs to, else lists them. */
    private static Message level1Reason(String l1, String l2, IndicatorFramework framework) {
        List<String> level1s = framework.level1Names();
        Optional<String> owner = Texts.isBlank(l2) ? Optional.empty() : framework.level1Of(l2);
        String whyZh = Texts.isBlank(l1) ? "一级指标为空" : "「" + l1 + "」不是框架的一级指标";
        String whyEn = Texts.isBlank(l1) ? "the 一级 is blank" : "'" + l1 + "' is not a 一级 of the framework";
        String hintZh =
                owner.map(o -> "；二级「" + l2 + "」在框架中属于一级「" + o + "」").orElse("；框架的一级为 " + String.join("、", level1s));
        String hintEn = owner.map(o -> "; in the framework, 二级 '" + l2 + "' belongs to '" + o + "'")
                .orElse("; the framework's 一级 are " + String.join(", ", level1s));
        return new Message(whyZh + hintZh + "。", whyEn + hintEn + ".");
    }

    /** The 一级 is the framework's and the 二级 is not allowed under it. */
    private static Message level2Reason(String l1, String l2, IndicatorFramework framework) {
        List<String> allowed = framework.entries().stream()
                .filter(e -> l1.equals(e.level1()))
                .map(IndicatorFramework.Entry::level2)
                .toList();
        String allowedZh = "「" + l1 + "」下可选 " + String.join("、", allowed) + "。";
        String allowedEn = "under '" + l1 + "' it allows " + String.join(", ", allowed) + ".";
        if (Texts.isBlank(l2)) {
            return new Message(
                    "二级指标为空；" + allowedZh,
                    "the 二级 is blank; under '" + l1 + "' the framework allows " + String.join(", ", allowed) + ".");
        }
        Optional<String> owner = framework.level1Of(l2);
        if (owner.isPresent()) {
            return new Message(
                    "二级「" + l2 + "」在框架中属于一级「" + owner.get() + "」，不属于「" + l1 + "」；" + allowedZh,
                    "in the framework, 二级 '" + l2 + "' belongs to '" + owner.get() + "', not to '" + l1 + "'; "
                            + allowedEn);
        }
        List<String> candidates = l2.length() < 2
                ? List.of()
                : allowed.stream().filter(a -> a.contains(l2)).toList();
        if (candidates.size() == 1) {
            String suggestion = candidates.get(0);
            return new Message(
                    "「" + l2 + "」不是框架的二级指标，是否应为「" + suggestion + "」？",
                    "'" + l2 + "' is not a 二级 of the framework; did you mean '" + suggestion + "'?");
        }
        return new Message(
                "「" + l2 + "」不是框架的二级指标；" + allowedZh, "'" + l2 + "' is not a 二级 of the framework; " + allowedEn);
    }

    private static String display(String s) {
        return Texts.isBlank(s) ? "空" : s;
    }
}
