package org.budgetperf.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.checks.CheckService;
import org.budgetperf.reconciliation.domain.ReconciliationOutcome;
import org.budgetperf.reconciliation.domain.ReconciliationRuleSet;
import org.budgetperf.reconciliation.domain.ReconciliationSettings;
import org.budgetperf.reconciliation.domain.Severity;

/** The reconciliation rule set with the configured tolerance (exact to the 分 unless configured). */
@ApplicationScoped
public class Reconciler {

    private final ReconciliationRuleSet ruleSet = new ReconciliationRuleSet();

    @Inject
    ReconciliationConfig config;

    public ReconciliationOutcome run(TargetTable table) {
        return ruleSet.run(table, new ReconciliationSettings(config.tolerance()));
    }

    /** The rule set applied to a stored table, as a run to record. */
    public CheckService.Checked<ReconciliationOutcome> check(CheckService.Subject subject) {
        ReconciliationOutcome outcome = run(subject.table());
        return new CheckService.Checked<>(
                outcome.ruleSetVersion(),
                outcome.overall().name(),
                outcome,
                null,
                new CheckService.FindingCounts(outcome.failed(Severity.ERROR), outcome.failed(Severity.WARNING)));
    }
}
