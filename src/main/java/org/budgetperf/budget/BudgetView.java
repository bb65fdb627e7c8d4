package org.budgetperf.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.indicator.IndicatorView;
import org.budgetperf.budget.task.TaskView;
import org.budgetperf.department.Department;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.money.Money;

/**
 * The whole table in one document, amounts in 元, with the totals a reviewer checks first.
 *
 * @param allowedActions what the caller may do with the table; null (left out) where the document is not answered to
 *     a caller: the cached document, a frozen revision, an import report
 */
public record BudgetView(
        UUID id,
        DepartmentRef department,
        int fiscalYear,
        Integer periodStartYear,
        Integer periodEndYear,
        BudgetStatus status,
        int revision,
        String frameworkCode,
        Integer staffCount,
        Integer subordinateUnitCount,
        AmountUnit amountUnit,
        BudgetAmounts amounts,
        String overallGoal,
        List<String> overallGoalParagraphs,
        List<TaskView> tasks,
        List<IndicatorView> indicators,
        Totals totals,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TableAction> allowedActions) {

    /** The same document answered to a caller who may take these actions. */
    public BudgetView withActions(List<TableAction> actions) {
        return new BudgetView(
                id,
                department,
                fiscalYear,
                periodStartYear,
                periodEndYear,
                status,
                revision,
                frameworkCode,
                staffCount,
                subordinateUnitCount,
                amountUnit,
                amounts,
                overallGoal,
                overallGoalParagraphs,
                tasks,
                indicators,
                totals,
                createdAt,
                updatedAt,
                actions);
    }

    /** The owning department, enough to display it. */
    public record DepartmentRef(UUID id, String code, String name) {
        static DepartmentRef of(Department d) {
            return new DepartmentRef(d.id, d.code, d.name);
        }
    }

    /**
     * Sums over the table in 元; a sum is null only when every addend is blank.
     *
     * @param income 财政拨款 + 其他资金
     * @param spendingBasicAndProject 基本支出 + 项目支出 (the Zhanjiang convention)
     * @param spendingWithDevelopment 基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出 (the Dongguan convention)
     * @param keyTaskFunds Σ planned funds of key tasks
     * @param otherTaskFunds Σ planned funds of other tasks
     */
    public record Totals(
            BigDecimal income,
            BigDecimal spendingBasicAndProject,
            BigDecimal spendingWithDevelopment,
            BigDecimal keyTaskFunds,
            BigDecimal otherTaskFunds) {

        static Totals of(BudgetAmounts a, List<TaskView> tasks) {
            return of(a, taskFunds(tasks, TaskKind.KEY), taskFunds(tasks, TaskKind.OTHER));
        }

        /** The totals of amounts whose task funds were summed elsewhere (by the list's query). */
        static Totals of(BudgetAmounts a, BigDecimal keyTaskFunds, BigDecimal otherTaskFunds) {
            return new Totals(
                    Money.sumOfPresent(a.fiscalAppropriation(), a.otherFunds()),
                    Money.sumOfPresent(a.basicExpenditure(), a.projectExpenditure()),
                    Money.sumOfPresent(
                            a.basicExpenditure(),
                            a.projectExpenditure(),
                            a.specialFunds(),
                            a.otherDevelopmentExpenditure()),
                    keyTaskFunds,
                    otherTaskFunds);
        }

        private static BigDecimal taskFunds(List<TaskView> tasks, TaskKind kind) {
            return Money.sumOfPresent(tasks.stream()
                    .filter(t -> t.kind() == kind)
                    .map(TaskView::plannedFunds)
                    .toArray(BigDecimal[]::new));
        }
    }

    static BudgetView of(Budget b, List<TaskView> tasks, List<IndicatorView> indicators) {
        return new BudgetView(
                b.id,
                DepartmentRef.of(b.department),
                b.fiscalYear,
                b.periodStartYear,
                b.periodEndYear,
                b.status,
                b.status == BudgetStatus.APPROVED ? b.approvedRevision : b.approvedRevision + 1,
                b.frameworkCode,
                b.staffCount,
                b.subordinateUnitCount,
                AmountUnit.YUAN,
                b.amounts(),
                b.overallGoalHtml,
                OverallGoalHtml.paragraphs(b.overallGoalHtml),
                tasks,
                indicators,
                Totals.of(b.amounts(), tasks),
                b.createdAt,
                b.updatedAt,
                null);
    }
}
