package org.budgetperf.review.domain;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;

/**
 * One target review rule (domain.md §4.2). Implementations are pure and stateless: the same table and
 * framework always give the same findings, and no input makes them throw.
 */
public interface ReviewRule {

    /** Stable id, e.g. {@code R-REV-1}. */
    String id();

    /**
     * Reviews the table. Returns at least one finding: a single PASS (target {@code table}) when the rule
     * found nothing, otherwise one FAIL or NOT_VERIFIABLE finding per problem, in table order.
     *
     * @param table the table as the department wrote it
     * @param framework the table's indicator framework; may be null, in which case the framework rules
     *     (R-FW-*) answer NOT_VERIFIABLE and the others ignore it
     */
    List<ReviewFinding> check(TargetTable table, IndicatorFramework framework);
}
