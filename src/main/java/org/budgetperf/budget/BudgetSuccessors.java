package org.budgetperf.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.indicator.Indicator;
import org.budgetperf.budget.indicator.IndicatorFields;
import org.budgetperf.budget.task.BudgetTask;
import org.budgetperf.budget.task.TaskFields;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.web.InputValidator;

/**
 * Next year's draft of a table (年度绩效目标的延续): the same department, goal, tasks and indicators, each row linked
 * to the row it continues ({@code predecessor_id}), so that next year's review can compare a target with this year's
 * target and actual however the rows are renamed or reordered. The money is decided anew each year: amounts and task
 * funds stay blank unless the caller asks for them.
 */
@ApplicationScoped
public class BudgetSuccessors {

    @Inject
    EntityManager em;

    @Inject
    BudgetService budgets;

    @Inject
    BudgetRows rows;

    @Inject
    InputValidator validator;

    @Inject
    AuditTrail audit;

    /** Creates the successor of table {@code id}; 404 unseen, 403 not an editor, 409 when the year is taken. */
    @Transactional
    public SuccessorReport create(UUID id, SuccessorInput body) {
        SuccessorInput input = body == null ? new SuccessorInput(null, null) : body;
        InputValidator.failIfAny(validator.check(input));
        Budget source = budgets.get(id);
        int year = input.fiscalYear() == null ? source.fiscalYear + 1 : input.fiscalYear();
        if (year <= source.fiscalYear) {
            InputValidator.failIfAny(List.of(Violation.body(
                    "fiscalYear", ViolationCode.OUT_OF_RANGE, Messages.LATER_THAN_OWN_YEAR.of(source.fiscalYear))));
        }
        budgets.ensureEdits(source);
        budgets.ensureNoOtherTable(source.department.id, year, null);
        boolean amounts = input.amountsCopied();
        List<String> leftBlank = new ArrayList<>();

        Budget next = new Budget();
        next.department = source.department;
        next.fiscalYear = year;
        next.status = BudgetStatus.DRAFT;
        next.frameworkCode = source.frameworkCode;
        next.periodStartYear = source.periodStartYear;
        next.periodEndYear = source.periodEndYear;
        next.staffCount = source.staffCount;
        next.subordinateUnitCount = source.subordinateUnitCount;
        next.overallGoalHtml = source.overallGoalHtml;
        next.setAmounts(amounts ? source.amounts() : BudgetAmounts.blank());
        if (!amounts) {
            leftBlank.addAll(filledAmounts(source.amounts()));
        }
        em.persist(next);

        List<BudgetTask> tasks = new ArrayList<>();
        Map<UUID, UUID> taskCopies = new HashMap<>();
        for (BudgetTask t : rows.all(TableBlock.TASKS, source.id)) {
            BudgetTask copy = new BudgetTask();
            copy.budgetId = next.id;
            copy.position = t.position;
            copy.kind = t.kind;
            copy.name = t.name;
            copy.content = t.content;
            copy.expectedOutcome = t.expectedOutcome;
            copy.plannedFunds = amounts ? t.plannedFunds : null;
            if (!amounts && t.plannedFunds != null) {
                leftBlank.add("tasks[" + tasks.size() + "].plannedFunds");
            }
            copy.predecessorId = t.id;
            em.persist(copy);
            taskCopies.put(t.id, copy.id);
            tasks.add(copy);
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : rows.all(TableBlock.INDICATORS, source.id)) {
            Indicator copy = new Indicator();
            IndicatorFields.apply(copy, IndicatorFields.snapshot(i));
            copy.budgetId = next.id;
            copy.position = i.position;
            copy.taskId = i.taskId == null ? null : taskCopies.get(i.taskId);
            copy.predecessorId = i.id;
            em.persist(copy);
            indicators.add(copy);
        }
        // Recorded like any created table: one entry whose "after" holds the rows it came with.
        audit.record(
                BudgetService.subjectOf(next),
                AuditRecord.Operation.CREATE,
                null,
                new BudgetService.CreatedTable(
                        BudgetUpdate.of(next),
                        tasks.stream().map(TaskFields::snapshot).toList(),
                        indicators.stream().map(IndicatorFields::snapshot).toList()));
        em.flush();
        return new SuccessorReport(
                next.id,
                source.id,
                year,
                new SuccessorReport.Copied(source.overallGoalHtml != null, tasks.size(), indicators.size(), amounts),
                leftBlank);
    }

    /** The amounts of the form that hold a figure, by their names in the table document. */
    private static List<String> filledAmounts(BudgetAmounts a) {
        List<String> filled = new ArrayList<>();
        addIfFilled(filled, "basicExpenditure", a.basicExpenditure());
        addIfFilled(filled, "projectExpenditure", a.projectExpenditure());
        addIfFilled(filled, "fiscalAppropriation", a.fiscalAppropriation());
        addIfFilled(filled, "otherFunds", a.otherFunds());
        addIfFilled(filled, "specialFunds", a.specialFunds());
        addIfFilled(filled, "otherDevelopmentExpenditure", a.otherDevelopmentExpenditure());
        addIfFilled(filled, "cityLevelFunds", a.cityLevelFunds());
        addIfFilled(filled, "transferPaymentFunds", a.transferPaymentFunds());
        return filled;
    }

    private static void addIfFilled(List<String> filled, String name, Object value) {
        if (value != null) {
            filled.add("amounts." + name);
        }
    }
}
