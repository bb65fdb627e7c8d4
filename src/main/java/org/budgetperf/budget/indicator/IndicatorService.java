package org.budgetperf.budget.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetRows;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.task.BudgetTask;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.PageRequest;

/**
 * Indicators of a table. A (一级, 二级) pair outside the table's framework is stored as written and
 * reported on the indicator: real tables contain such mistakes and must still be recorded.
 */
@ApplicationScoped
public class IndicatorService {

    private final EntityManager em;
    private final InputValidator validator;
    private final BudgetService budgets;
    private final BudgetRows rows;
    private final FrameworkCatalog frameworks;
    private final AuditTrail audit;
    private final ObjectMapper mapper;

    public IndicatorService(
            EntityManager em,
            InputValidator validator,
            BudgetService budgets,
            BudgetRows rows,
            FrameworkCatalog frameworks,
            AuditTrail audit,
            ObjectMapper mapper) {
        this.mapper = mapper;
        this.em = em;
        this.validator = validator;
        this.budgets = budgets;
        this.rows = rows;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    @Transactional
    public List<Indicator> list(UUID budgetId, PageRequest page) {
        budgets.get(budgetId);
        return rows.indicators(budgetId, page.offset(), page.size());
    }

    @Transactional
    public long count(UUID budgetId) {
        return rows.countIndicators(budgetId);
    }

    @Transactional
    public Indicator get(UUID budgetId, UUID indicatorId) {
        budgets.get(budgetId);
        Indicator indicator = em.find(Indicator.class, indicatorId);
        if (indicator == null || !indicator.budgetId.equals(budgetId)) {
            throw ProblemException.notFound("indicator", indicatorId);
        }
        return indicator;
    }

    /** The framework the budget's indicators are checked against. */
    @Transactional
    public IndicatorFramework frameworkOf(UUID budgetId) {
        return frameworks.find(budgets.get(budgetId).frameworkCode).orElse(null);
    }

    @Transactional
    public Indicator create(UUID budgetId, IndicatorInput input) {
        validate(input);
        Budget budget = budgets.forRowChange(budgetId);
        Indicator indicator = new Indicator();
        IndicatorFields.apply(indicator, input);
        indicator.taskId = taskOfBudget(budget.id, input.taskId());
        indicator.budgetId = budget.id;
        indicator.position = input.position() == null ? nextPosition(budget.id) : input.position();
        em.persist(indicator);
        em.flush();
        audit.record(
                IndicatorFields.subject(indicator, budget.department.id),
                AuditRecord.Operation.CREATE,
                null,
                IndicatorFields.snapshot(indicator));
        return indicator;
    }

    @Transactional
    public Indicator replace(UUID budgetId, UUID indicatorId, String ifMatch, IndicatorInput input) {
        BudgetService.LockedRow<Indicator> locked =
                budgets.lockRow(budgetId, () -> get(budgetId, indicatorId), ifMatch);
        return change(locked.budget(), locked.row(), input);
    }

    /**
     * Applies a JSON merge patch to the indicator as it stands once its table is locked, so a patch sent with
     * {@code If-Match: *} never overwrites a concurrent change to another field with a stale copy.
     */
    @Transactional(rollbackOn = Exception.class)
    public Indicator patch(UUID budgetId, UUID indicatorId, String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        MergePatch.requireReadable(mapper, patch, IndicatorInput.class);
        BudgetService.LockedRow<Indicator> locked =
                budgets.lockRow(budgetId, () -> get(budgetId, indicatorId), ifMatch);
        Budget budget = locked.budget();
        Indicator indicator = locked.row();
        return change(
                budget,
                indicator,
                MergePatch.apply(mapper, IndicatorFields.snapshot(indicator), patch, IndicatorInput.class));
    }

    private Indicator change(Budget budget, Indicator indicator, IndicatorInput input) {
        validate(input);
        IndicatorInput before = IndicatorFields.snapshot(indicator);
        IndicatorFields.apply(indicator, input);
        indicator.taskId = taskOfBudget(budget.id, input.taskId());
        if (input.position() != null) {
            indicator.position = input.position();
        }
        em.flush();
        audit.record(
                IndicatorFields.subject(indicator, budget.department.id),
                AuditRecord.Operation.UPDATE,
                before,
                IndicatorFields.snapshot(indicator));
        return indicator;
    }

    @Transactional
    public void delete(UUID budgetId, UUID indicatorId, String ifMatch) {
        BudgetService.LockedRow<Indicator> locked =
                budgets.lockRow(budgetId, () -> get(budgetId, indicatorId), ifMatch);
        Budget budget = locked.budget();
        Indicator indicator = locked.row();
        audit.record(
                IndicatorFields.subject(indicator, budget.department.id),
                AuditRecord.Operation.DELETE,
                IndicatorFields.snapshot(indicator),
                null);
        em.remove(indicator);
        em.flush();
    }

    private void validate(IndicatorInput input) {
        List<Violation> violations = validator.check(input);
        if (input != null && input.taskIndex() != null) {
            violations.add(Violation.body("taskIndex", "only used when creating a whole table; link with taskId here"));
        }
        InputValidator.failIfAny(violations);
    }

    private UUID taskOfBudget(UUID budgetId, UUID taskId) {
        if (taskId == null) {
            return null;
        }
        BudgetTask task = em.find(BudgetTask.class, taskId);
        if (task == null || !task.budgetId.equals(budgetId)) {
            throw new ProblemException(
                    ProblemCode.BUSINESS_RULE_VIOLATED,
                    "task " + taskId + " is not a task of this budget",
                    List.of(Violation.body("taskId", "must name a task of the same budget")));
        }
        return taskId;
    }

    private int nextPosition(UUID budgetId) {
        Integer max = em.createQuery("SELECT max(i.position) FROM Indicator i WHERE i.budgetId = :b", Integer.class)
                .setParameter("b", budgetId)
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }
}
