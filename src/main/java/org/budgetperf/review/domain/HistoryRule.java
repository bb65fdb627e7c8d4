package org.budgetperf.review.domain;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * A rule that compares the table with the department's previous one (R-HIS-*). Without a previous table it has
 * nothing to compare and passes, saying so.
 */
abstract class HistoryRule extends ReviewRule {

    HistoryRule(String id, Severity severity) {
        super(id, severity);
    }

    @Override
    public final List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        return check(table, framework, null);
    }

    @Override
    public final List<ReviewFinding> check(TargetTable table, IndicatorFramework framework, PreviousYear previous) {
        if (previous == null) {
            return orPass(List.of(), "没有上一年度的目标表，无可比较。", "The department has no previous table to compare with.");
        }
        return compare(table, previous);
    }

    /** The findings of the comparison with the previous table, or the rule's PASS. */
    abstract List<ReviewFinding> compare(TargetTable table, PreviousYear previous);

    /** 2025年 / the 2025 table, or 本年度 / this table when the reviewed table states no year. */
    static String yearZh(Integer year) {
        return year == null ? "本年度" : year + "年";
    }

    static String yearEn(Integer year) {
        return year == null ? "this year" : String.valueOf(year);
    }
}
