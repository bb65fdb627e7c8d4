package org.budgetperf.reconciliation.domain;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;

/**
 * One reconciliation rule (R-BUD-n). Implementations are pure and stateless: the same table and
 * settings always give the same results.
 */
public interface ReconciliationRule {

    /** Stable id, e.g. {@code R-BUD-1}. */
    String id();

    /**
     * Checks the table. Returns at least one result: a single PASS when all is well, otherwise
     * one result per finding (R-BUD-5 returns one per offending amount).
     */
    List<RuleResult> check(TargetTable table, ReconciliationSettings settings);
}
