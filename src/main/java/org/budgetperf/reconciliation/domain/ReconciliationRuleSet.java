package org.budgetperf.reconciliation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.budget.domain.TargetTable;

/**
 * Reconciliation rule set {@value #VERSION}: R-BUD-1 … R-BUD-5 in order (domain.md §4.1; the
 * table, formulas and decisions are in docs/rules.md, section "Reconciliation (R-BUD)").
 *
 * <p>The version is recorded with every run so a stored result can be explained later; change it
 * whenever a rule's formula, severity or blank handling changes.
 *
 * <p>Overall status (see {@link ReconciliationOutcome#overallOf(List)}): UNBALANCED if any ERROR
 * rule failed; BALANCED_WITH_WARNINGS if any WARNING rule failed or the balance itself (R-BUD-1)
 * could not be verified; BALANCED otherwise.
 */
public final class ReconciliationRuleSet {

    public static final String VERSION = "2026.1";

    private final List<ReconciliationRule> rules = List.of(
            new IncomeEqualsSpendingRule(),
            new BudgetLevelSplitRule(),
            new KeyTaskFundsWithinProjectSpendingRule(),
            new OtherTaskFundsMatchDevelopmentSpendingRule(),
            new AmountsNonNegativeWithTwoDecimalsRule());

    /** The rules, in the order they run and their results are listed. */
    public List<ReconciliationRule> rules() {
        return rules;
    }

    /** Runs every rule over the table and derives the overall status. */
    public ReconciliationOutcome run(TargetTable table, ReconciliationSettings settings) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(settings, "settings");
        List<RuleResult> results = new ArrayList<>();
        for (ReconciliationRule rule : rules) {
            results.addAll(rule.check(table, settings));
        }
        return new ReconciliationOutcome(VERSION, ReconciliationOutcome.overallOf(results), results);
    }
}
