package org.budgetperf.reconciliation.domain;

import java.util.List;
import java.util.Objects;

/**
 * The results of one run of a rule set over one table.
 *
 * @param ruleSetVersion the version of the rule set that produced the results, e.g. {@code 2026.1}
 * @param overall derived from the results, see {@link #overallOf(List)}
 * @param results every rule's results, in rule order
 */
public record ReconciliationOutcome(String ruleSetVersion, OverallStatus overall, List<RuleResult> results) {

    public ReconciliationOutcome {
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(overall, "overall");
        results = List.copyOf(results);
    }

    /** How many results FAILed with this severity. */
    public int failed(Severity severity) {
        return GradedFinding.countFailed(results, severity);
    }

    /**
     * The overall status of a list of results:
     * <ul>
     *   <li>UNBALANCED if any ERROR rule failed;</li>
     *   <li>else BALANCED_WITH_WARNINGS if any WARNING rule failed, or if the balance itself
     *       (R-BUD-1, income = spending) could not be verified: a table whose income or spending is
     *       blank cannot be called balanced;</li>
     *   <li>else BALANCED (a failed INFO rule only informs; rule set 2026.1 has none).</li>
     * </ul>
     */
    public static OverallStatus overallOf(List<RuleResult> results) {
        if (results.stream().anyMatch(RuleResult::isBlocking)) {
            return OverallStatus.UNBALANCED;
        }
        // The other rules' NOT_VERIFIABLE results (e.g. a blank 市本级使用资金) are shown per rule but do
        // not qualify the balance: the form lets those cells stay blank.
        if (results.stream()
                .anyMatch(r -> (r.status() == RuleStatus.FAIL && r.severity() == Severity.WARNING)
                        || (r.status() == RuleStatus.NOT_VERIFIABLE
                                && IncomeEqualsSpendingRule.ID.equals(r.ruleId())))) {
            return OverallStatus.BALANCED_WITH_WARNINGS;
        }
        return OverallStatus.BALANCED;
    }
}
