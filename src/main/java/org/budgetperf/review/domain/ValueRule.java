package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * A review rule that judges each value cell on its own (R-VAL-1 … R-VAL-5, R-VAL-7): it is asked about every
 * indicator's 实施周期指标值 and 年度指标值 in form order (placeholders excepted), and its findings are listed in
 * that order; a table without any gets the rule's single PASS.
 */
abstract class ValueRule extends ReviewRule {

    private final Message passed;

    /** @param passed the message of the PASS, when no cell has a finding */
    ValueRule(String id, Severity severity, Message passed) {
        super(id, severity);
        this.passed = passed;
    }

    @Override
    public final List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        List<ReviewFinding> found = new ArrayList<>();
        for (ReviewedIndicator indicator : ReviewedIndicator.of(table)) {
            if (!reviews(indicator)) {
                continue;
            }
            for (ValueColumn column : ValueColumn.values()) {
                review(new ValueCell(indicator, column)).forEach(found::add);
            }
        }
        return orPass(found, passed.zh(), passed.en());
    }

    /** Whether the rule judges this indicator's values at all: every indicator unless the rule narrows it. */
    boolean reviews(ReviewedIndicator indicator) {
        return true;
    }

    /** The findings about one cell, in order; none when its value passes. */
    abstract Stream<ReviewFinding> review(ValueCell cell);

    /** A finding about the cell, graded with the rule's severity. */
    final ReviewFinding finding(ValueCell cell, String messageZh, String messageEn) {
        return indicatorFailure(cell.indicator().index(), cell.column().property, messageZh, messageEn);
    }

    /** A finding about the cell, graded lower than the rule's severity. */
    final ReviewFinding finding(Severity graded, ValueCell cell, String messageZh, String messageEn) {
        return indicatorFailure(graded, cell.indicator().index(), cell.column().property, messageZh, messageEn);
    }
}
