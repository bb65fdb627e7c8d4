package org.budgetperf.review.domain;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * A review rule that checks the indicators against the table's indicator framework (R-FW-1, R-FW-2). Without a
 * framework there is nothing to check against: the rule answers one NOT_VERIFIABLE finding about
 * {@code indicators}, saying what it would have checked.
 */
abstract class FrameworkRule extends ReviewRule {

    private final String checkedZh;
    private final String checkedEn;

    /**
     * @param checkedZh what the rule checks, as the message without a framework names it: 一级/二级指标
     * @param checkedEn the same in English: the (一级, 二级) pairs
     */
    FrameworkRule(String id, Severity severity, String checkedZh, String checkedEn) {
        super(id, severity);
        this.checkedZh = checkedZh;
        this.checkedEn = checkedEn;
    }

    @Override
    public final List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        if (framework == null) {
            return List.of(notVerifiable(
                    "indicators",
                    "未指定指标框架，无法核对" + checkedZh + "。",
                    "No indicator framework is given, so " + checkedEn + " cannot be checked."));
        }
        return checkAgainst(table, framework);
    }

    /** Reviews the table against its framework; the contract of {@link #check}. */
    abstract List<ReviewFinding> checkAgainst(TargetTable table, IndicatorFramework framework);
}
