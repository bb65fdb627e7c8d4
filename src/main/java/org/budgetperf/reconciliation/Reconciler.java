package org.budgetperf.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.ReconciliationOutcome;
import org.budgetperf.reconciliation.domain.ReconciliationRuleSet;
import org.budgetperf.reconciliation.domain.ReconciliationSettings;
import org.budgetperf.checks.CheckService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The reconciliation rule set with the configured tolerance (exact to the 分 unless configured). */
@ApplicationScoped
public class Reconciler {

    private final ReconciliationRuleSet ruleSet = new ReconciliationRuleSet();
    private final ReconciliationSettings settings;

    public Reconciler(@ConfigProperty(name = "perf.reconciliation.tolerance", defaultValue = "0.00") BigDecimal tolerance) {
        this.settings = new ReconciliationSettings(tolerance);
    }

    public ReconciliationOutcome run(TargetTable table) {
        return ruleSet.run(table, settings);
    }

    /** The rule set applied to a stored table, as a run to record. */
    public CheckService.Checked check(CheckService.Subject subject) {
        ReconciliationOutcome outcome = run(subject.table());
        return new CheckService.Checked(outcome.ruleSetVersion(), outcome.overall().name(), outcome);
    }
}
