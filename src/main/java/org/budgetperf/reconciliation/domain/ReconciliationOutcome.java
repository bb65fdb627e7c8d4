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

    /**
     * The overall status of a list of results:
     * <ul>
     *   <li>UNBALANCED if any ERROR rule failed;</li>
     *   <li>else BALANCED_WITH_WARNINGS if any WARNING rule failed or any rule (of any severity)
     *       was NOT_VERIFIABLE: a blank cell is not proof of a mistake, so it does not block, but
     *       the table is not shown as fully balanced either;</li>
     *   <li>else BALANCED (a failed INFO rule only informs; rule set 2026.1 has none).</li>
     * </ul>
     */
    public static OverallStatus overallOf(List<RuleResult> results) {
        if (results.stream().anyMatch(RuleResult::isBlocking)) {
            return OverallStatus.UNBALANCED;
        }
        if (results.stream().anyMatch(r -> r.status() == RuleStatus.NOT_VERIFIABLE
                || (r.status() == RuleStatus.FAIL && r.severity() == Severity.WARNING))) {
            return OverallStatus.BALANCED_WITH_WARNINGS;
        }
        return OverallStatus.BALANCED;
    }
}
