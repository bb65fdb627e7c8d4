package org.budgetperf.reconciliation.domain;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;

/**
 * One reconciliation rule (R-BUD-n). Implementations are pure and stateless: the same table and
 * settings always give the same results.
 *
 * <p>{@link #result} stamps a result with the rule's id and severity, so that a rule class holds only its formula,
 * its messages and its documentation.
 */
public abstract class ReconciliationRule extends GradedRule {

    ReconciliationRule(String id, Severity severity) {
        super(id, severity);
    }

    /**
     * Checks the table. Returns at least one result: a single PASS when all is well, otherwise
     * one result per finding (R-BUD-5 returns one per offending amount).
     */
    public abstract List<RuleResult> check(TargetTable table, ReconciliationSettings settings);

    /**
     * A result of this rule.
     *
     * @param figures what the rule compared; {@link Comparison#NONE} when it compared nothing
     * @param field JSON path of the field concerned, nullable
     */
    final RuleResult result(RuleStatus status, Comparison figures, String field, String messageZh, String messageEn) {
        return new RuleResult(
                id(),
                severity(),
                status,
                figures.expected(),
                figures.actual(),
                figures.difference(),
                figures.ratio(),
                figures.convention() == null ? null : figures.convention().name(),
                field,
                messageZh,
                messageEn);
    }
}
