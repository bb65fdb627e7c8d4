package org.budgetperf.budget.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.TableBlock;
import org.budgetperf.budget.TableRowService;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.task.BudgetTask;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

/**
 * Indicators of a table. A (一级, 二级) pair outside the table's framework is stored as written and
 * reported on the indicator: real tables contain such mistakes and must still be recorded.
 */
@ApplicationScoped
public class IndicatorService extends TableRowService<Indicator, IndicatorInput> {

    @Inject
    FrameworkCatalog frameworks;

    public IndicatorService() {
        super(TableBlock.INDICATORS, IndicatorInput.class);
    }

    /** The framework the budget's indicators are checked against. */
    @Transactional
    public IndicatorFramework frameworkOf(UUID budgetId) {
        return frameworks.find(budgets.get(budgetId).frameworkCode).orElse(null);
    }

    @Override
    protected Indicator newRow() {
        return new Indicator();
    }

    @Override
    protected List<Violation> check(IndicatorInput input) {
        List<Violation> violations = super.check(input);
        if (input != null && input.taskIndex() != null) {
            violations.add(Violation.body(
                    "taskIndex", ViolationCode.NOT_APPLICABLE, Messages.TASK_INDEX_ONLY_IN_WHOLE_TABLE.of()));
        }
        return violations;
    }

    @Override
    protected void apply(Indicator indicator, IndicatorInput input, List<Violation> violations) {
        IndicatorFields.apply(indicator, input);
    }

    @Override
    protected IndicatorInput snapshot(Indicator indicator) {
        return IndicatorFields.snapshot(indicator);
    }

    /** The task the indicator measures must be a task of the same table. */
    @Override
    protected void link(Budget budget, Indicator indicator, IndicatorInput input) {
        UUID taskId = input.taskId();
        if (taskId != null) {
            BudgetTask task = em.find(BudgetTask.class, taskId);
            if (task == null || !task.budgetId.equals(budget.id)) {
                throw new ProblemException(
                        ProblemCode.BUSINESS_RULE_VIOLATED,
                        Messages.NOT_A_TASK_OF_BUDGET.of(taskId),
                        List.of(Violation.body(
                                "taskId", ViolationCode.UNKNOWN_REFERENCE, Messages.TASK_OF_SAME_BUDGET.of())));
            }
        }
        indicator.taskId = taskId;
    }
}
