package org.budgetperf.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.checks.CheckService;
import org.budgetperf.reconciliation.domain.ReconciliationOutcome;
import org.budgetperf.reconciliation.domain.ReconciliationRuleSet;
import org.budgetperf.reconciliation.domain.ReconciliationSettings;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;

/** The reconciliation rule set with the configured tolerance (exact to the 分 unless configured). */
@ApplicationScoped
public class Reconciler {

    private final ReconciliationRuleSet ruleSet = new ReconciliationRuleSet();
    private final ReconciliationSettings settings;

    public Reconciler(ReconciliationConfig config) {
        this.settings = new ReconciliationSettings(config.tolerance());
    }

    public ReconciliationOutcome run(TargetTable table) {
        return ruleSet.run(table, settings);
    }

    /** The rule set applied to a stored table, as a run to record. */
    public CheckService.Checked<ReconciliationOutcome> check(CheckService.Subject subject) {
        ReconciliationOutcome outcome = run(subject.table());
        return new CheckService.Checked<>(
                outcome.ruleSetVersion(),
                outcome.overall().name(),
                outcome,
                null,
                new CheckService.FindingCounts(failed(outcome, Severity.ERROR), failed(outcome, Severity.WARNING)));
    }

    private static int failed(ReconciliationOutcome outcome, Severity severity) {
        return (int) outcome.results().stream()
                .filter(r -> r.status() == RuleStatus.FAIL && r.severity() == severity)
                .count();
    }
}
