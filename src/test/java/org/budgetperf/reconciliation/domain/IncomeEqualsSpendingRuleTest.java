package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.Tables.MAX_AMOUNT;
import static org.budgetperf.reconciliation.domain.Tables.single;
import static org.budgetperf.reconciliation.domain.Tables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetperf.budget.domain.TargetTable;
import org.junit.jupiter.api.Test;

class IncomeEqualsSpendingRuleTest {

    private final IncomeEqualsSpendingRule rule = new IncomeEqualsSpendingRule();
    private final ReconciliationSettings exact = ReconciliationSettings.defaults();

    private RuleResult check(TargetTable table) {
        return single(rule.check(table, exact));
    }

    @Test
    void reconcilesDongguan2024AsBalancedWithDevelopmentSpending() {
        RuleResult r = check(Tables.dongguan2024());

        assertEquals("R-BUD-1", r.ruleId());
        assertEquals(Severity.ERROR, r.severity());
        assertEquals(RuleStatus.PASS, r.status());
        assertEquals("WITH_DEVELOPMENT", r.convention());
        // 550.51 + 262.93 + 0.00 + 29.30 = 842.74 万元
        assertEquals(yuan("8427400.00"), r.expected());
        assertEquals(yuan("8427400.00"), r.actual());
        assertEquals(yuan("0.00"), r.difference());
        assertNull(r.ratio());
        assertEquals("amounts", r.field());
    }

    @Test
    void showsThatBasicPlusProjectAloneMissesDongguan2024By293000Yuan() {
        RuleResult r = check(Tables.dongguan2024());

        // 550.51 + 262.93 = 813.44 万元, 29.30 万元 short of the 842.74 万元 income
        assertTrue(r.messageZh().contains("8,134,400.00 元（813.44 万元）"), r.messageZh());
        assertTrue(r.messageZh().contains("收入比支出多 293,000.00 元（29.30 万元）"), r.messageZh());
        assertTrue(r.messageEn().contains("BASIC_PLUS_PROJECT"), r.messageEn());
        assertTrue(r.messageEn().contains("income exceeds spending by 293,000.00 yuan (29.30 万元)"), r.messageEn());
    }

    @Test
    void reconcilesZhanjiang2023AsBalancedWithBasicPlusProject() {
        RuleResult r = check(Tables.zhanjiang2023());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        // 82,800.92 = 10,596.35 + 72,204.57 万元
        assertEquals(yuan("828009200.00"), r.actual());
        assertEquals(yuan("828009200.00"), r.expected());
        assertEquals(yuan("0.00"), r.difference());
        assertTrue(r.messageZh().contains("828,009,200.00 元（82,800.92 万元）"), r.messageZh());
        assertTrue(r.messageZh().contains("两种口径结果相同"), r.messageZh());
    }

    @Test
    void reconcilesZhanjiang2024ToTheFenAsBalancedWithBasicPlusProject() {
        RuleResult r = check(Tables.zhanjiang2024());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        // 10,891.615675 + 61,915.7693 = 72,807.384975 万元
        assertEquals(yuan("728073849.75"), r.actual());
        assertEquals(yuan("728073849.75"), r.expected());
        assertEquals(yuan("0.00"), r.difference());
        assertTrue(r.messageZh().contains("728,073,849.75 元（72,807.384975 万元）"), r.messageZh());
        assertTrue(r.messageEn().contains("728,073,849.75 yuan (72,807.384975 万元)"), r.messageEn());
    }

    @Test
    void failsAsUnbalancedWhenIncomeExceedsSpendingByOneFen() {
        RuleResult r = check(Tables.amounts()
                .appropriation("100.01")
                .otherFunds("0.00")
                .basic("50.00")
                .project("50.00")
                .table());

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals(Severity.ERROR, r.severity());
        assertTrue(r.isBlocking());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        assertEquals(yuan("100.00"), r.expected());
        assertEquals(yuan("100.01"), r.actual());
        assertEquals(yuan("0.01"), r.difference());
        assertTrue(r.messageZh().contains("收入比支出多 0.01 元（0.000001 万元）"), r.messageZh());
        assertTrue(r.messageEn().contains("income exceeds spending by 0.01 yuan"), r.messageEn());
    }

    @Test
    void failsDongguanShapedTableOneFenShortAgainstTheClosestConvention() {
        TargetTable table = Tables.amounts()
                .basic("5505100.00")
                .project("2629300.00")
                .appropriation("8427399.99")
                .otherFunds("0.00")
                .special("0.00")
                .otherDevelopment("293000.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals("WITH_DEVELOPMENT", r.convention());
        assertEquals(yuan("8427400.00"), r.expected());
        assertEquals(yuan("-0.01"), r.difference());
        assertTrue(r.messageZh().contains("收入比支出少 0.01 元"), r.messageZh());
        // the other convention's gap is shown as well
        assertTrue(r.messageZh().contains("收入比支出多 292,999.99 元（29.299999 万元）"), r.messageZh());
    }

    @Test
    void reportsTheCloserConventionWhenNeitherBalances() {
        TargetTable table = Tables.amounts()
                .appropriation("1000.00")
                .otherFunds("0.00")
                .basic("500.00")
                .project("400.00")
                .special("0.00")
                .otherDevelopment("300.00")
                .table();

        RuleResult r = check(table);

        // basic + project = 900 (income 100 more); with development = 1,200 (income 200 less)
        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        assertEquals(yuan("900.00"), r.expected());
        assertEquals(yuan("100.00"), r.difference());
        assertTrue(
                r.messageEn().contains("gives 1,200.00 yuan (0.12 万元); income falls short of spending by 200.00 yuan"),
                r.messageEn());
    }

    @Test
    void prefersBasicPlusProjectWhenBothConventionsMissByTheSameAmount() {
        TargetTable table = Tables.amounts()
                .appropriation("1000.00")
                .otherFunds("0.00")
                .basic("400.00")
                .project("500.00")
                .special("200.00")
                .otherDevelopment("0.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        assertEquals(yuan("100.00"), r.difference());
    }

    @Test
    void balancesWithBasicPlusProjectWhenDevelopmentSpendingIsInsideProjectSpending() {
        TargetTable table = Tables.amounts()
                .appropriation("1000.00")
                .otherFunds("0.00")
                .basic("400.00")
                .project("600.00")
                .special("0.00")
                .otherDevelopment("100.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        assertEquals(yuan("1000.00"), r.expected());
        assertTrue(r.messageZh().contains("支出为 1,100.00 元（0.11 万元），收入比支出少 100.00 元（0.01 万元）"), r.messageZh());
    }

    @Test
    void balancesATableOfZeros() {
        TargetTable table = Tables.amounts()
                .basic("0.00")
                .project("0.00")
                .appropriation("0.00")
                .otherFunds("0.00")
                .special("0.00")
                .otherDevelopment("0.00")
                .cityLevel("0.00")
                .transfer("0.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals("BASIC_PLUS_PROJECT", r.convention());
        assertEquals(yuan("0.00"), r.expected());
        assertEquals(yuan("0.00"), r.actual());
        assertEquals(yuan("0.00"), r.difference());
    }

    @Test
    void cannotVerifyATableWithEveryAmountBlank() {
        RuleResult r = check(Tables.blank());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(Severity.ERROR, r.severity());
        assertNull(r.expected());
        assertNull(r.actual());
        assertNull(r.difference());
        assertNull(r.convention());
        assertTrue(r.messageZh().contains("均为空白"), r.messageZh());
    }

    @Test
    void cannotVerifyBlankIncomeButSaysWhatIncomeWouldHaveToBe() {
        TargetTable table = Tables.amounts()
                .basic("5505100.00")
                .project("2629300.00")
                .special("0.00")
                .otherDevelopment("293000.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(yuan("8134400.00"), r.expected());
        assertNull(r.actual());
        assertTrue(r.messageZh().contains("收入合计应为 8,134,400.00 元（813.44 万元）"), r.messageZh());
        assertTrue(r.messageZh().contains("含事业发展性支出则应为 8,427,400.00 元（842.74 万元）"), r.messageZh());
    }

    @Test
    void cannotVerifyBlankSpending() {
        RuleResult r = check(Tables.amounts().appropriation("8427400.00").table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertNull(r.expected());
        assertEquals(yuan("8427400.00"), r.actual());
        assertTrue(r.messageEn().contains("basic and project spending are both blank"), r.messageEn());
    }

    @Test
    void countsABlankIncomeCellAsZeroWhenTheOtherIsFilledAndSaysSo() {
        TargetTable table = Tables.amounts()
                .appropriation("1000.00")
                .basic("400.00")
                .project("600.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("1000.00"), r.actual());
        assertTrue(r.messageZh().contains("空白按 0 计：其他资金"), r.messageZh());
        assertTrue(r.messageEn().contains("blank counted as 0: other funds"), r.messageEn());
    }

    @Test
    void balancesAmountsAtTheNumericLimitWithoutOverflow() {
        BigDecimal max = MAX_AMOUNT;
        TargetTable table =
                Tables.amounts().set(2, max).set(3, max).set(0, max).set(1, max).table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("19999999999999999.98"), r.actual());
        assertEquals(yuan("0.00"), r.difference());
        assertTrue(r.messageZh().contains("19,999,999,999,999,999.98 元（1,999,999,999,999.999998 万元）"), r.messageZh());
    }

    @Test
    void detectsOneFenOffAtTheNumericLimit() {
        TargetTable table = Tables.amounts()
                .set(2, MAX_AMOUNT)
                .otherFunds("0.00")
                .set(0, MAX_AMOUNT.subtract(yuan("0.01")))
                .project("0.00")
                .table();

        RuleResult r = check(table);

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals(yuan("0.01"), r.difference());
        assertEquals(yuan("9999999999999999.98"), r.expected());
    }

    @Test
    void acceptsADifferenceWithinAConfiguredTolerance() {
        TargetTable oneFen = Tables.amounts()
                .appropriation("100.01")
                .otherFunds("0.00")
                .basic("50.00")
                .project("50.00")
                .table();
        TargetTable twoFen = Tables.amounts()
                .appropriation("100.02")
                .otherFunds("0.00")
                .basic("50.00")
                .project("50.00")
                .table();
        ReconciliationSettings oneFenTolerance = new ReconciliationSettings(yuan("0.01"));

        RuleResult within = single(rule.check(oneFen, oneFenTolerance));
        RuleResult beyond = single(rule.check(twoFen, oneFenTolerance));

        assertEquals(RuleStatus.PASS, within.status());
        assertEquals(yuan("0.01"), within.difference());
        assertEquals(RuleStatus.FAIL, beyond.status());
        assertEquals(yuan("0.02"), beyond.difference());
    }

    @Test
    void exposesTheBalancedConventionOnlyWhenTheRulePasses() {
        TargetTable unbalanced = Tables.amounts()
                .appropriation("100.01")
                .basic("50.00")
                .project("50.00")
                .table();

        assertEquals(
                Optional.of(SpendingConvention.WITH_DEVELOPMENT),
                IncomeEqualsSpendingRule.balancedConvention(Tables.dongguan2024(), exact));
        assertEquals(
                Optional.of(SpendingConvention.BASIC_PLUS_PROJECT),
                IncomeEqualsSpendingRule.balancedConvention(Tables.zhanjiang2024(), exact));
        assertEquals(Optional.empty(), IncomeEqualsSpendingRule.balancedConvention(unbalanced, exact));
        assertEquals(Optional.empty(), IncomeEqualsSpendingRule.balancedConvention(Tables.blank(), exact));
    }
}
