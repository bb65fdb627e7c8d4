package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.Tables.single;
import static org.budgetperf.reconciliation.domain.Tables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.budgetperf.budget.domain.TargetTable;
import org.junit.jupiter.api.Test;

class OtherTaskFundsMatchDevelopmentSpendingRuleTest {

    private final OtherTaskFundsMatchDevelopmentSpendingRule rule = new OtherTaskFundsMatchDevelopmentSpendingRule();

    private RuleResult check(TargetTable table) {
        return single(rule.check(table, ReconciliationSettings.defaults()));
    }

    @Test
    void matchesDongguan2024OtherTaskToOtherDevelopmentSpendingExactly() {
        RuleResult r = check(Tables.dongguan2024());

        assertEquals("R-BUD-4", r.ruleId());
        assertEquals(Severity.WARNING, r.severity());
        assertEquals(RuleStatus.PASS, r.status());
        // 省华侨事业费 293000 元 = 其他事业发展性支出 29.30 万元
        assertEquals(yuan("293000.00"), r.expected());
        assertEquals(yuan("293000.00"), r.actual());
        assertEquals(yuan("0.00"), r.difference());
        assertEquals(new BigDecimal("100.00"), r.ratio());
        assertTrue(
                r.messageZh()
                        .contains("1 项其他任务拟投入资金合计 293,000.00 元（29.30 万元），与其他事业发展性支出 " + "293,000.00 元（29.30 万元）相符"),
                r.messageZh());
    }

    @Test
    void warnsWithoutBlockingWhenOtherTasksAreOneFenShort() {
        TargetTable table = Tables.amounts()
                .otherDevelopment("293000.00")
                .other("省华侨事业费", "292999.99")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals(Severity.WARNING, r.severity());
        assertFalse(r.isBlocking());
        assertEquals(yuan("-0.01"), r.difference());
        // 99.999996…% rounds half-up to 100.00
        assertEquals(new BigDecimal("100.00"), r.ratio());
        assertTrue(r.messageZh().contains("不符，少 0.01 元（0.000001 万元）"), r.messageZh());
    }

    @Test
    void warnsWhenOtherTasksExceedOtherDevelopmentSpending() {
        TargetTable table = Tables.amounts()
                .otherDevelopment("293000.00")
                .other("甲", "200000.00")
                .other("乙", "100000.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals(yuan("300000.00"), r.actual());
        assertEquals(yuan("7000.00"), r.difference());
        // 300,000 / 293,000 = 102.389…%
        assertEquals(new BigDecimal("102.39"), r.ratio());
        assertTrue(
                r.messageEn().contains("The 2 other tasks plan 300,000.00 yuan (30.00 万元) (102.39% of it)"),
                r.messageEn());
        assertTrue(r.messageEn().contains("7,000.00 yuan (0.70 万元) more"), r.messageEn());
    }

    @Test
    void passesZhanjiangWhichHasNeitherOtherTasksNorOtherDevelopmentSpending() {
        RuleResult r = check(Tables.zhanjiang2024());

        assertEquals(RuleStatus.PASS, r.status());
        assertNull(r.expected());
        assertEquals(yuan("0.00"), r.actual());
        assertNull(r.difference());
        assertTrue(r.messageZh().contains("无需核对"), r.messageZh());
    }

    @Test
    void passesWhenThereAreNoOtherTasksAndOtherDevelopmentSpendingIsZero() {
        RuleResult r = check(Tables.amounts().otherDevelopment("0.00").table());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("0.00"), r.expected());
        assertEquals(yuan("0.00"), r.difference());
    }

    @Test
    void cannotVerifyOtherDevelopmentSpendingWithoutOtherTasks() {
        RuleResult r = check(Tables.amounts()
                .otherDevelopment("293000.00")
                .key("甲", "293000.00")
                .table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(yuan("293000.00"), r.expected());
        assertNull(r.actual());
        assertEquals("tasks", r.field());
        assertTrue(r.messageZh().contains("其他事业发展性支出为 293,000.00 元（29.30 万元），但没有填写资金的其他任务"), r.messageZh());
    }

    @Test
    void cannotVerifyWhenTheOnlyOtherTaskHasBlankFunds() {
        RuleResult r = check(Tables.amounts()
                .otherDevelopment("293000.00")
                .other("省华侨事业费", null)
                .table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(yuan("293000.00"), r.expected());
    }

    @Test
    void cannotVerifyBlankOtherDevelopmentSpendingButSaysWhatWouldBalance() {
        RuleResult r = check(Tables.amounts().other("省华侨事业费", "293000").table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertNull(r.expected());
        assertEquals(yuan("293000.00"), r.actual());
        assertEquals("amounts.otherDevelopmentExpenditure", r.field());
        assertTrue(r.messageZh().contains("其他事业发展性支出应为 293,000.00 元（29.30 万元）"), r.messageZh());
    }

    @Test
    void doesNotCountKeyTasks() {
        TargetTable table = Tables.amounts()
                .otherDevelopment("100.00")
                .key("甲", "5000.00")
                .other("乙", "100.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("100.00"), r.actual());
    }

    @Test
    void countsAnOtherTaskWithBlankFundsAsZeroAndSaysSo() {
        RuleResult r = check(Tables.amounts()
                .otherDevelopment("100.00")
                .other("甲", "100.00")
                .other("乙", null)
                .table());

        assertEquals(RuleStatus.PASS, r.status());
        assertTrue(r.messageZh().contains("（其中 1 项未填资金，按 0 计）"), r.messageZh());
    }

    @Test
    void hasNoRatioWhenOtherDevelopmentSpendingIsZeroButOtherTasksHaveFunds() {
        RuleResult r = check(
                Tables.amounts().otherDevelopment("0.00").other("甲", "0.01").table());

        assertEquals(RuleStatus.FAIL, r.status());
        assertNull(r.ratio());
        assertEquals(yuan("0.01"), r.difference());
    }
}
