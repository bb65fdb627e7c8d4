package org.budgetperf.reconciliation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckService;
import org.budgetperf.checks.RunKind;
import org.budgetperf.reconciliation.domain.ReconciliationOutcome;
import org.budgetperf.reconciliation.domain.ReconciliationRuleSet;
import org.budgetperf.reconciliation.domain.ReconciliationSettings;
import org.budgetperf.reconciliation.domain.Severity;

/** The reconciliation rule set with the configured tolerance (exact to the 分 unless configured). */
@ApplicationScoped
public class Reconciler {

    /** Recorded reconciliations keep the rule set's outcome as it is. */
    public static final RunKind<ReconciliationOutcome> RUNS =
            new RunKind<>(CheckRun.Kind.RECONCILIATION, ReconciliationOutcome.class);

    private final ReconciliationRuleSet ruleSet = new ReconciliationRuleSet();

    @Inject
    ReconciliationConfig config;

    private ReconciliationSettings settings;

    /** A configured tolerance the rules refuse (a negative one) fails when the bean is made, not in a request. */
    @PostConstruct
    void configure() {
        settings = new ReconciliationSettings(config.tolerance());
    }

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
