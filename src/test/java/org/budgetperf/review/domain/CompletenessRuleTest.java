package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.key;
import static org.budgetperf.review.domain.ReviewTables.placeholder;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.budgetperf.review.domain.ReviewTables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class CompletenessRuleTest {

    private final CompletenessRule rule = new CompletenessRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void passesTheThreeRealTables() {
        assertEquals("R-REV-1", assertPass(check(ReviewTables.dongguan2024())).ruleId());
        assertPass(check(ReviewTables.zhanjiang2023()));
        assertPass(check(ReviewTables.zhanjiang2024()));
    }

    @Test
    void listsEveryMissingPartOfAnEmptyTable() {
        List<ReviewFinding> found = check(new TargetTable(null, null, null, null, null, null, null, null, null, null));

        assertEquals(
                List.of(
                        "departmentName",
                        "fiscalYear",
                        "amounts.basicExpenditure",
                        "amounts.projectExpenditure",
                        "amounts.fiscalAppropriation",
                        "amounts.otherFunds",
                        "overallGoalHtml",
                        "tasks",
                        "indicators"),
                targets(found));
        assertTrue(found.stream()
                .allMatch(f -> f.severity() == Severity.ERROR
                        && f.status() == RuleStatus.FAIL
                        && f.isBlocking()
                        && f.taskIndex() == null
                        && f.indicatorIndex() == null));
        assertTrue(
                found.get(2).messageZh().contains("基本支出为空白（空白不等于 0"),
                found.get(2).messageZh());
    }

    @Test
    void acceptsZeroAmountsButNotBlankOnes() {
        // Dongguan's 其他资金 is 0.00 (filled); Zhanjiang leaves the development block blank (not required).
        TargetTable zeros = table(
                new BudgetAmounts(yuan("0.00"), yuan("0.00"), yuan("0.00"), yuan("0.00"), null, null, null, null));
        assertPass(check(zeros));

        TargetTable blankOtherFunds = table(new BudgetAmounts(
                yuan("1.00"),
                yuan("1.00"),
                yuan("2.00"),
                null,
                yuan("0.00"),
                yuan("0.00"),
                yuan("0.00"),
                yuan("0.00")));
        assertEquals(List.of("amounts.otherFunds"), targets(check(blankOtherFunds)));
    }

    @Test
    void treatsAnOverallGoalWithoutTextAsBlank() {
        TargetTable t = new TargetTable(
                "部门",
                2026,
                null,
                null,
                null,
                null,
                ReviewTables.cleanAmounts(),
                "<p>&nbsp;</p>\n<p>\u3000</p>",
                List.of(key("任务", "内容", "1.00", "目标")),
                List.of(ind(OUTPUT, "数量指标", "次数", "≥1次")));

        assertEquals(List.of("overallGoalHtml"), targets(check(t)));
    }

    @Test
    void requiresAKeyTaskNotJustOtherTasks() {
        TargetTable t = ReviewTables.withTasks(
                List.of(new TaskLine(TaskKind.OTHER, "其他任务: 省华侨事业费", "内容", yuan("293000.00"), null)));

        ReviewFinding f = check(t).get(0);
        assertEquals("tasks", f.target());
        assertTrue(f.messageEn().contains("no key task"), f.messageEn());
    }

    @Test
    void ignoresPlaceholderRowsAndReportsATableOfOnlyPlaceholdersAsHavingNoIndicator() {
        TargetTable onlyPlaceholders =
                ReviewTables.withIndicators(placeholder(OUTPUT, "成本指标"), placeholder("效益指标", "生态效益指标"));

        assertEquals(List.of("indicators"), targets(check(onlyPlaceholders)));
    }

    @Test
    void reportsAValueWithoutA三级Name() {
        TargetTable t = ReviewTables.withIndicators(ind(OUTPUT, "数量指标", "次数", "≥1次"), ind(OUTPUT, "质量指标", " ", "≥95%"));

        List<ReviewFinding> found = check(t);
        assertEquals(List.of("indicators[1].name"), targets(found));
        assertEquals(1, found.get(0).indicatorIndex());
        assertTrue(
                found.get(0).messageZh().contains("第 2 条指标（产出指标/质量指标，指标值“≥95%”）没有三级指标名称"),
                found.get(0).messageZh());

        ReviewFinding noLevels = check(ReviewTables.withIndicators(ind(null, null, null, "≥1次", null)))
                .get(0);
        assertEquals("第 1 条指标（空/空，指标值“≥1次”）没有三级指标名称。", noLevels.messageZh());
    }

    private static TargetTable table(BudgetAmounts amounts) {
        return new TargetTable(
                "部门",
                2026,
                null,
                null,
                null,
                null,
                amounts,
                "<p>目标</p>",
                List.of(key("任务", "内容", "1.00", "目标")),
                List.of(ind(OUTPUT, "数量指标", "次数", "≥1次")));
    }
}
