package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.key;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.budgetperf.review.domain.ReviewTables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class TaskDetailsRuleTest {

    private final TaskDetailsRule rule = new TaskDetailsRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void passesDongguanSixKeyTasksAndItsOtherTask() {
        ReviewFinding pass = assertPass(check(ReviewTables.dongguan2024()));
        assertEquals("R-REV-2", pass.ruleId());
        assertEquals(Severity.ERROR, pass.severity());
        assertPass(check(ReviewTables.zhanjiang2023()));
        assertPass(check(ReviewTables.zhanjiang2024()));
    }

    @Test
    void reportsEachMissingFieldOfAKeyTaskAsABlockingError() {
        TargetTable t = ReviewTables.withTasks(
                List.of(key("任务1: 侨务业务及活动", "内容", "632600.00", "目标"), new TaskLine(TaskKind.KEY, null, " ", null, "")));

        List<ReviewFinding> found = check(t);
        assertEquals(
                List.of("tasks[1].name", "tasks[1].content", "tasks[1].plannedFunds", "tasks[1].expectedOutcome"),
                targets(found));
        assertTrue(found.stream().allMatch(f -> f.isBlocking() && f.taskIndex() == 1 && f.indicatorIndex() == null));
        assertTrue(found.get(2).messageZh().contains("拟投入资金为空白"), found.get(2).messageZh());
    }

    @Test
    void requiresKeyTaskFundsAboveZero() {
        TargetTable t = ReviewTables.withTasks(
                List.of(key("任务5: 侨文化宣传工作", "内容", "0.00", "目标"), key("任务6", "内容", "-27200.00", "目标")));

        List<ReviewFinding> found = check(t);
        assertEquals(List.of("tasks[0].plannedFunds", "tasks[1].plannedFunds"), targets(found));
        assertTrue(
                found.get(0).messageZh().contains("任务「任务5: 侨文化宣传工作」的拟投入资金为 0.00 元，应大于 0"),
                found.get(0).messageZh());
        assertTrue(
                found.get(1).messageEn().contains("plans -27,200.00 yuan"),
                found.get(1).messageEn());
    }

    @Test
    void holdsOtherTasksToNameAndFundsAsAWarningOnly() {
        TargetTable t = ReviewTables.withTasks(List.of(
                key("任务", "内容", "1.00", "目标"),
                new TaskLine(TaskKind.OTHER, "", null, null, null),
                new TaskLine(TaskKind.OTHER, "其他任务: 省华侨事业费", null, yuan("293000"), null)));

        List<ReviewFinding> found = check(t);
        // content and expected outcome are not required of other tasks
        assertEquals(List.of("tasks[1].name", "tasks[1].plannedFunds"), targets(found));
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING && !f.isBlocking()));
    }

    @Test
    void passesATableWithoutTasksBecauseRequiringThemIsRRev1sJob() {
        assertPass(check(ReviewTables.withTasks(List.of())));
        assertEquals(List.of("tasks"), targets(new CompletenessRule().check(ReviewTables.withTasks(List.of()), null)));
    }
}
