package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetperf.budget.indicator.domain.Operator;

/**
 * <b>R-SCO-8 Deviation explanation (偏差原因分析及改进措施).</b>
 *
 * <p>Statement: a missed target needs an explanation; so does a target beaten by 30 % or more, because it was
 * probably set too low.
 *
 * <p>Formula, target t &gt; 0 and actual a:
 * <ul>
 *   <li>≥, &gt;, = targets: missed when the line is not met (R-SCO-3/5); far exceeded when a ≥ 1.3 × t.</li>
 *   <li>≤, &lt; targets (smaller is better): missed when a &gt; t; far exceeded when a ≤ 0.7 × t — the mirror image:
 *       a ceiling undercut by 30 % or more was set too loose (≤ 10 件 complaints, 6 received).</li>
 *   <li>t ≤ 0 (0 起 accidents): only "missed" applies; hitting a zero target exactly is not beating it.</li>
 *   <li>Qualitative and grade: 部分达成 and 未达成 are missed; there is no "far exceeded".</li>
 * </ul>
 * A line that could not be judged (no actual, no target) asks for no explanation: its problem is reported as an
 * {@link InvalidInput} instead.
 *
 * <p>Source: domain.md §4.4 R-SCO-8; Yuzhong 2021 form: "请在此处逐一针对完成度较差绩效指标简要说明原因和下一步改进措施".
 */
final class DeviationExplanationRule {

    static final String ID = "R-SCO-8";
    private static final Ratio OVER = Ratio.of(new BigDecimal("1.3"));
    private static final Ratio UNDER = Ratio.of(new BigDecimal("0.7"));

    /** Why an explanation is required, Chinese and English; empty when it is not. */
    record Why(String zh, String en) {}

    Optional<Why> quantitative(Operator operator, boolean met, Ratio target, Ratio actual) {
        if (!met) {
            return Optional.of(new Why("未达到目标", "the target was missed"));
        }
        if (target.signum() <= 0) {
            return Optional.empty();
        }
        boolean lowerIsBetter = operator == Operator.LE || operator == Operator.LT;
        if (!lowerIsBetter && actual.compareTo(OVER.multiply(target)) >= 0) {
            return Optional.of(new Why(
                    "实际值 " + actual + " 超过目标 " + target + " 的 30% 以上（≥ " + OVER.multiply(target) + "），目标可能偏低",
                    "the actual " + actual + " exceeds the target " + target + " by 30 % or more (≥ "
                            + OVER.multiply(target) + "); the target may have been set too low"));
        }
        if (lowerIsBetter && actual.compareTo(UNDER.multiply(target)) <= 0) {
            return Optional.of(new Why(
                    "实际值 " + actual + " 低于上限 " + target + " 的 70%（≤ " + UNDER.multiply(target) + "），目标可能偏松",
                    "the actual " + actual + " undercuts the ceiling " + target + " by 30 % or more (≤ "
                            + UNDER.multiply(target) + "); the target may have been set too loose"));
        }
        return Optional.empty();
    }

    Optional<Why> qualitative(QualitativeResult result) {
        return result == QualitativeResult.ACHIEVED
                ? Optional.empty()
                : Optional.of(new Why("结果为" + result.label(), "the result is " + result.label()));
    }
}
