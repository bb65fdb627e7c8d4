package org.budgetperf.review.domain;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.GradedRule;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * One target review rule (domain.md §4.2). Implementations are pure and stateless: the same table and
 * framework always give the same findings, and no input makes them throw.
 *
 * <p>The methods below stamp a finding with the rule's id and severity, so that a rule class holds only its check
 * and its documentation.
 */
public abstract class ReviewRule extends GradedRule {

    /** Target of a PASS and of findings about the table as a whole. */
    static final String TABLE = "table";

    ReviewRule(String id, Severity severity) {
        super(id, severity);
    }

    /**
     * Reviews the table. Returns at least one finding: a single PASS (target {@code table}) when the rule
     * found nothing, otherwise one FAIL or NOT_VERIFIABLE finding per problem, in table order.
     *
     * @param table the table as the department wrote it
     * @param framework the table's indicator framework; may be null, in which case the framework rules
     *     (R-FW-*) answer NOT_VERIFIABLE and the others ignore it
     */
    public abstract List<ReviewFinding> check(TargetTable table, IndicatorFramework framework);

    /**
     * Reviews the table with the department's previous table at hand. Only the history rules (R-HIS-*) look at it;
     * the others review the table on its own.
     *
     * @param previous the previous table with last year's actuals; null when the department has none
     */
    public List<ReviewFinding> check(TargetTable table, IndicatorFramework framework, PreviousYear previous) {
        return check(table, framework);
    }

    /** {@code found} when it holds anything, else the rule's single PASS. */
    final List<ReviewFinding> orPass(List<ReviewFinding> found, String passZh, String passEn) {
        return found.isEmpty()
                ? List.of(new ReviewFinding(id(), severity(), RuleStatus.PASS, TABLE, null, null, passZh, passEn))
                : List.copyOf(found);
    }

    /** The rule could not run, e.g. without a framework; {@code target} is what it would have checked. */
    final ReviewFinding notVerifiable(String target, String zh, String en) {
        return new ReviewFinding(id(), severity(), RuleStatus.NOT_VERIFIABLE, target, null, null, zh, en);
    }

    /** A problem with the header, an amount or a whole list: {@code target} is e.g. {@code fiscalYear}, {@code tasks}. */
    final ReviewFinding failure(String target, String zh, String en) {
        return new ReviewFinding(id(), severity(), RuleStatus.FAIL, target, null, null, zh, en);
    }

    /** A problem with a task, or with one of its fields when {@code field} is not null, graded by the rule. */
    final ReviewFinding taskFailure(Severity graded, int taskIndex, String field, String zh, String en) {
        String target = Texts.taskPath(taskIndex, field);
        return new ReviewFinding(id(), graded, RuleStatus.FAIL, target, taskIndex, null, zh, en);
    }

    /** A problem with an indicator, or with one of its fields when {@code field} is not null. */
    final ReviewFinding indicatorFailure(int indicatorIndex, String field, String zh, String en) {
        return indicatorFailure(severity(), indicatorIndex, field, zh, en);
    }

    /** As {@link #indicatorFailure(int, String, String, String)}, graded by the rule, e.g. lower than its severity. */
    final ReviewFinding indicatorFailure(Severity graded, int indicatorIndex, String field, String zh, String en) {
        String target = Texts.indicatorPath(indicatorIndex, field);
        return new ReviewFinding(id(), graded, RuleStatus.FAIL, target, null, indicatorIndex, zh, en);
    }
}
