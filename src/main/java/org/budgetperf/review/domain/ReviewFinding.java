package org.budgetperf.review.domain;

import java.util.Objects;
import org.budgetperf.reconciliation.domain.GradedFinding;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * One finding of one target review rule (R-REV, R-FW, R-VAL; domain.md §4.2, docs/rules.md "Target review").
 *
 * <p>Unlike a reconciliation {@code RuleResult}, which is about amounts, a review finding points at a
 * part of the table: the header, a task or an indicator. Rules list one finding per problem (FAIL or
 * NOT_VERIFIABLE) and a single PASS finding when they found none, so every rule that ran is visible.
 *
 * @param ruleId stable rule id, e.g. {@code R-FW-1}
 * @param severity how serious the finding is; ERROR blocks submission, WARNING and INFO inform. A PASS
 *     carries the rule's highest severity
 * @param status PASS (the rule found nothing), FAIL (a problem, including INFO remarks) or NOT_VERIFIABLE
 *     (the rule could not run, e.g. no framework was given)
 * @param target JSON path into the {@code TargetTable}: {@code table} for a PASS or a table-wide finding,
 *     a header field ({@code departmentName}, {@code fiscalYear}, {@code overallGoalHtml}), an amount
 *     ({@code amounts.basicExpenditure}), a list ({@code tasks}, {@code indicators}), an element
 *     ({@code tasks[3]}, {@code indicators[12]}) or one of its fields ({@code tasks[3].plannedFunds},
 *     {@code indicators[12].periodValue}); indices are 0-based positions in {@code tasks()} / {@code indicators()}
 * @param taskIndex the task's index in {@code TargetTable.tasks()} when the finding is about a task, else null
 * @param indicatorIndex the indicator's index in {@code TargetTable.indicators()} when the finding is about
 *     an indicator, else null
 * @param messageZh explanation with the values involved, in Chinese
 * @param messageEn the same explanation in English
 */
public record ReviewFinding(
        String ruleId,
        Severity severity,
        RuleStatus status,
        String target,
        Integer taskIndex,
        Integer indicatorIndex,
        String messageZh,
        String messageEn)
        implements GradedFinding {

    public ReviewFinding {
        GradedFinding.requireGraded(ruleId, severity, status, messageZh, messageEn);
        Objects.requireNonNull(target, "target");
    }
}
