package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-HIS-2 Last year's key-task targets are continued or dropped knowingly</b> (severity INFO).
 *
 * <p>Statement: an indicator of the previous table that measured a key task (年度重点工作任务) has a successor in
 * this table, or its absence is noticed.
 *
 * <p>Check: every previous indicator linked to a KEY task that no indicator of this table continues (by
 * {@code predecessor_id}, else by the same 二级 and 三级 name, as R-HIS-1 pairs them) gives one FAIL, target
 * {@code indicators}, naming the indicator, its task, its target and last year's actual.
 *
 * <p>Source: 财预〔2021〕101号 (continuity of core indicators).
 *
 * <p>Decisions: INFO: tasks end and indicators are replaced by better ones; the reviewer only needs to see what went.
 */
public final class DroppedKeyTaskIndicatorRule extends HistoryRule {

    public DroppedKeyTaskIndicatorRule() {
        super("R-HIS-2", Severity.INFO);
    }

    @Override
    List<ReviewFinding> compare(TargetTable table, PreviousYear previous) {
        Set<Integer> continued = History.continued(table, previous);
        List<ReviewFinding> found = new ArrayList<>();
        int last = previous.fiscalYear();
        List<PreviousYear.PastIndicator> past = previous.indicators();
        for (int p = 0; p < past.size(); p++) {
            PreviousYear.PastIndicator ind = past.get(p);
            if (ind.keyTask() == null || continued.contains(p)) {
                continue;
            }
            String actual = ind.actual() == null ? "" : "，实际完成值 " + ind.actual();
            String actualEn = ind.actual() == null ? "" : ", actual " + ind.actual();
            found.add(failure(
                    "indicators",
                    last + "年重点任务「" + Texts.shorten(ind.keyTask()) + "」的指标「" + Texts.shorten(ind.name()) + "」（目标 "
                            + ind.annualValue() + actual + "）在" + yearZh(table.fiscalYear()) + "没有延续的指标。",
                    "Indicator '" + Texts.shorten(ind.name()) + "' of the " + last + " key task '"
                            + Texts.shorten(ind.keyTask()) + "' (target " + ind.annualValue() + actualEn
                            + ") is not continued in " + yearEn(table.fiscalYear()) + "."));
        }
        return orPass(found, "上一年度重点任务的指标均有延续。", "Every indicator of last year's key tasks is continued.");
    }
}
