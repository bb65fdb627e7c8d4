package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-HIS-1 A target does not ask less than last year</b> (severity WARNING).
 *
 * <p>Statement: an indicator continued from the department's previous table sets a 年度指标值 no weaker than last
 * year's target, and — when it was changed — no weaker than what last year's self-evaluation recorded as achieved.
 *
 * <p>Check: each indicator is paired with the previous one it continues (its {@code predecessor_id}, else the only
 * previous indicator with the same 二级 and 三级 name). Weaker means a lower {@code ≥}/{@code >} bound, a higher
 * {@code ≤}/{@code <} bound (same kind and unit; an actual without a unit takes the target's), or a lower grade
 * (优 &gt; 良 &gt; 中 &gt; 差). One FAIL per indicator, target {@code indicators[i].annualValue}, naming this year's
 * target and last year's target and actual with their years.
 *
 * <p>Source: 财预〔2021〕101号 (历史标准: targets are set against what was achieved before).
 *
 * <p>Decisions: a WARNING: a lower target can be right (less money, a one-off last year), and the reviewer weighs the
 * reason. A target kept exactly as last year's is not reported against last year's actual: keeping a commitment is
 * not lowering it. Exact figures ({@code 7人次}) set no direction and are not compared.
 */
public final class WeakerThanLastYearRule extends HistoryRule {

    public WeakerThanLastYearRule() {
        super("R-HIS-1", Severity.WARNING);
    }

    @Override
    List<ReviewFinding> compare(TargetTable table, PreviousYear previous) {
        List<ReviewFinding> found = new ArrayList<>();
        String year = yearZh(table.fiscalYear());
        String yearEn = yearEn(table.fiscalYear());
        int last = previous.fiscalYear();
        for (History.Pair pair : History.pairs(table, previous)) {
            TargetValue now = pair.current().annual();
            PreviousYear.PastIndicator past = pair.past();
            TargetValue lastTarget = TargetValueParser.parse(past.annualValue(), past.name());
            TargetValue lastActual = past.actual() == null ? null : TargetValueParser.parse(past.actual(), past.name());
            boolean belowTarget = TargetStrength.weakerThanTarget(now, lastTarget);
            boolean belowActual =
                    !TargetStrength.same(now, lastTarget) && TargetStrength.weakerThanActual(now, lastActual);
            if (!belowTarget && !belowActual) {
                continue;
            }
            String than = belowActual ? last + "年实际完成值 " + past.actual() : last + "年目标 " + past.annualValue();
            String thanEn = belowActual
                    ? "the " + last + " actual " + past.actual()
                    : "the " + last + " target " + past.annualValue();
            String also = belowActual
                    ? "（" + last + "年目标 " + past.annualValue() + "）"
                    : past.actual() == null ? "" : "（" + last + "年实际完成值 " + past.actual() + "）";
            String alsoEn = belowActual
                    ? " (the " + last + " target was " + past.annualValue() + ")"
                    : past.actual() == null ? "" : " (the " + last + " actual was " + past.actual() + ")";
            found.add(indicatorFailure(
                    pair.current().index(),
                    "annualValue",
                    pair.current().zh() + year + "目标 " + now.raw() + " 低于" + than + also + "。请说明理由，或提高目标。",
                    "Indicator" + pair.current().en().substring("indicator".length()) + ": the " + yearEn + " target "
                            + now.raw() + " asks less than " + thanEn + alsoEn
                            + ". Explain why, or raise the target."));
        }
        return orPass(found, "没有比上一年度更低的目标。", "No target asks less than last year.");
    }
}
