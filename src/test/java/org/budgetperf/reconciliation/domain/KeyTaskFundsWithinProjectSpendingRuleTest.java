package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.Tables.MAX_AMOUNT;
import static org.budgetperf.reconciliation.domain.Tables.single;
import static org.budgetperf.reconciliation.domain.Tables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.junit.jupiter.api.Test;

class KeyTaskFundsWithinProjectSpendingRuleTest {

    private final KeyTaskFundsWithinProjectSpendingRule rule = new KeyTaskFundsWithinProjectSpendingRule();

    private RuleResult check(TargetTable table) {
        return single(rule.check(table, ReconciliationSettings.defaults()));
    }

    /** Balanced under WITH_DEVELOPMENT: income 1,200 = basic 0 + project 1,000 + development 200. */
    private static Tables.Builder withDevelopment(String income) {
        return Tables.amounts()
                .basic("0.00")
                .project("1000.00")
                .appropriation(income)
                .otherFunds("0.00")
                .special("0.00")
                .otherDevelopment("200.00");
    }

    @Test
    void coversDongguan2024ProjectSpendingAt71Point65Percent() {
        RuleResult r = check(Tables.dongguan2024());

        assertEquals("R-BUD-3", r.ruleId());
        assertEquals(Severity.ERROR, r.severity());
        assertEquals(RuleStatus.PASS, r.status());
        // 1,884,000 / 2,629,300 = 71.654…%
        assertEquals(yuan("1884000.00"), r.actual());
        assertEquals(new BigDecimal("71.65"), r.ratio());
        // R-BUD-1 balanced with development spending, so the ceiling is 262.93 + 29.30 万元
        assertEquals("WITH_DEVELOPMENT", r.convention());
        assertEquals(yuan("2922300.00"), r.expected());
        assertEquals(yuan("-1038300.00"), r.difference());
        assertEquals("tasks", r.field());
        assertTrue(r.messageZh().contains("6 项重点工作任务拟投入资金合计 1,884,000.00 元（188.40 万元）"), r.messageZh());
        assertTrue(r.messageZh().contains("重点工作任务资金占项目支出的 71.65%"), r.messageZh());
        assertTrue(r.messageEn().contains("Key tasks cover 71.65% of project spending"), r.messageEn());
    }

    @Test
    void coversZhanjiang2023ProjectSpendingAt29Point68Percent() {
        RuleResult r = check(Tables.zhanjiang2023());

        assertEquals(RuleStatus.PASS, r.status());
        // (20,140 + 790 + 500) / 72,204.57 万元 = 29.679…%
        assertEquals(yuan("214300000.00"), r.actual());
        assertEquals(yuan("722045700.00"), r.expected());
        assertEquals(new BigDecimal("29.68"), r.ratio());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
    }

    @Test
    void coversZhanjiang2024ProjectSpendingAt33Point25Percent() {
        RuleResult r = check(Tables.zhanjiang2024());

        assertEquals(RuleStatus.PASS, r.status());
        // (18,862 + 587.81 + 1,140) / 61,915.7693 万元 = 33.254…%
        assertEquals(yuan("205898100.00"), r.actual());
        assertEquals(yuan("619157693.00"), r.expected());
        assertEquals(yuan("-413259593.00"), r.difference());
        assertEquals(new BigDecimal("33.25"), r.ratio());
        assertTrue(r.messageZh().contains("项目支出 619,157,693.00 元（61,915.7693 万元）"), r.messageZh());
    }

    @Test
    void failsWhenKeyTasksExceedProjectSpendingByOneFen() {
        TargetTable table = Tables.amounts()
                .basic("0.00")
                .project("1000.00")
                .appropriation("1000.00")
                .key("甲", "600.00")
                .key("乙", "400.01")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.FAIL, r.status());
        assertTrue(r.isBlocking());
        assertEquals(yuan("1000.00"), r.expected());
        assertEquals(yuan("1000.01"), r.actual());
        assertEquals(yuan("0.01"), r.difference());
        // 100.001 % rounds half-up to 100.00
        assertEquals(new BigDecimal("100.00"), r.ratio());
        assertTrue(r.messageZh().contains("超过项目支出 1,000.00 元（0.10 万元），超出 0.01 元（0.000001 万元）"), r.messageZh());
    }

    @Test
    void letsKeyTasksUseDevelopmentSpendingWhenIncomeBalancedWithIt() {
        RuleResult fits = check(withDevelopment("1200.00").key("甲", "1200.00").table());
        RuleResult tooMuch =
                check(withDevelopment("1200.00").key("甲", "1200.01").table());

        assertEquals(RuleStatus.PASS, fits.status());
        assertEquals("WITH_DEVELOPMENT", fits.convention());
        assertEquals(yuan("1200.00"), fits.expected());
        assertEquals(new BigDecimal("120.00"), fits.ratio());
        assertEquals(RuleStatus.FAIL, tooMuch.status());
        assertEquals(yuan("0.01"), tooMuch.difference());
    }

    @Test
    void capsKeyTasksAtProjectSpendingAloneWhenIncomeDidNotBalance() {
        // income 1,199.99: one fen short of the WITH_DEVELOPMENT total, so R-BUD-1 fails
        RuleResult r = check(withDevelopment("1199.99").key("甲", "1100.00").table());

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        assertEquals(yuan("1000.00"), r.expected());
        assertEquals(yuan("100.00"), r.difference());
    }

    @Test
    void doesNotCountOtherTasks() {
        TargetTable table = Tables.amounts()
                .project("1000.00")
                .key("甲", "400.00")
                .other("乙", "900.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("400.00"), r.actual());
        assertEquals(new BigDecimal("40.00"), r.ratio());
    }

    @Test
    void cannotVerifyWhenProjectSpendingIsBlank() {
        RuleResult r = check(Tables.amounts().basic("100.00").key("甲", "50.00").table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals("amounts.projectExpenditure", r.field());
        assertNull(r.expected());
        assertEquals(yuan("50.00"), r.actual());
        assertNull(r.ratio());
    }

    @Test
    void passesWithZeroCoverageWhenThereAreNoKeyTasks() {
        RuleResult r = check(Tables.amounts().project("1000.00").table());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("0.00"), r.actual());
        assertEquals(new BigDecimal("0.00"), r.ratio());
        assertTrue(r.messageZh().startsWith("没有重点工作任务"), r.messageZh());
    }

    @Test
    void hasNoRatioWhenProjectSpendingIsZero() {
        RuleResult none = check(Tables.amounts().project("0.00").table());
        RuleResult some =
                check(Tables.amounts().project("0.00").key("甲", "0.01").table());

        assertEquals(RuleStatus.PASS, none.status());
        assertNull(none.ratio());
        assertEquals(RuleStatus.FAIL, some.status());
        assertNull(some.ratio());
        assertEquals(yuan("0.01"), some.difference());
    }

    @Test
    void countsAKeyTaskWithBlankFundsAsZeroAndSaysSo() {
        RuleResult r = check(Tables.amounts()
                .project("1000.00")
                .key("甲", "500.00")
                .key("乙", null)
                .table());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("500.00"), r.actual());
        assertTrue(r.messageZh().contains("2 项重点工作任务拟投入资金合计 500.00 元（0.05 万元）（其中 1 项未填资金，按 0 计）"), r.messageZh());
    }

    @Test
    void handlesAmountsAtTheNumericLimit() {
        TargetTable table = Tables.amounts()
                .set(1, MAX_AMOUNT)
                .task(TaskKind.KEY, "甲", MAX_AMOUNT.subtract(yuan("0.01")))
                .key("乙", "0.01")
                .key("丙", "0.01")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals(yuan("10000000000000000.00"), r.actual());
        assertEquals(yuan("0.01"), r.difference());
        assertEquals(new BigDecimal("100.00"), r.ratio());
    }

    @Test
    void acceptsAnExcessWithinTheConfiguredTolerance() {
        TargetTable table =
                Tables.amounts().project("1000.00").key("甲", "1000.01").table();

        RuleResult r = single(rule.check(table, new ReconciliationSettings(yuan("0.01"))));

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("0.01"), r.difference());
    }
}
