package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.Tables.MAX_AMOUNT;
import static org.budgetperf.reconciliation.domain.Tables.single;
import static org.budgetperf.reconciliation.domain.Tables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.budgetperf.budget.domain.TargetTable;
import org.junit.jupiter.api.Test;

class BudgetLevelSplitRuleTest {

    private final BudgetLevelSplitRule rule = new BudgetLevelSplitRule();

    private RuleResult check(TargetTable table) {
        return single(rule.check(table, ReconciliationSettings.defaults()));
    }

    /** Dongguan-shaped development block: special 0.00, other development 293,000.00. */
    private static Tables.Builder development() {
        return Tables.amounts().special("0.00").otherDevelopment("293000.00");
    }

    @Test
    void cannotVerifyDongguan2024AndSaysCityLevelFundsWouldBe293000Yuan() {
        RuleResult r = check(Tables.dongguan2024());

        assertEquals("R-BUD-2", r.ruleId());
        assertEquals(Severity.ERROR, r.severity());
        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(yuan("293000.00"), r.expected());
        assertNull(r.actual());
        assertNull(r.difference());
        assertEquals("amounts.cityLevelFunds", r.field());
        assertTrue(r.messageZh().contains("市本级使用资金为空白"), r.messageZh());
        assertTrue(r.messageZh().contains("市本级使用资金应为 293,000.00 元（29.30 万元）"), r.messageZh());
        assertTrue(
                r.messageEn().contains("funds used at city level would be 293,000.00 yuan (29.30 万元)"), r.messageEn());
    }

    @Test
    void passesWhenAllFourAreFilledAndTheSplitMatches() {
        RuleResult r =
                check(development().cityLevel("293000.00").transfer("0.00").table());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("293000.00"), r.expected());
        assertEquals(yuan("293000.00"), r.actual());
        assertEquals(yuan("0.00"), r.difference());
    }

    @Test
    void failsAsAnErrorWhenTheSplitIsOneFenShort() {
        RuleResult r =
                check(development().cityLevel("292999.99").transfer("0.00").table());

        assertEquals(RuleStatus.FAIL, r.status());
        assertTrue(r.isBlocking());
        assertEquals(yuan("293000.00"), r.expected());
        assertEquals(yuan("292999.99"), r.actual());
        assertEquals(yuan("-0.01"), r.difference());
        assertTrue(r.messageZh().contains("少 0.01 元（0.000001 万元）"), r.messageZh());
    }

    @Test
    void failsWhenTransfersAreCountedOnTopOfTheDevelopmentSpending() {
        RuleResult r =
                check(development().cityLevel("293000.00").transfer("50000.00").table());

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals(yuan("343000.00"), r.actual());
        assertEquals(yuan("50000.00"), r.difference());
        assertTrue(r.messageEn().contains("the split is 50,000.00 yuan (5.00 万元) more"), r.messageEn());
    }

    @Test
    void passesWhenAllFourAreZero() {
        RuleResult r = check(Tables.amounts()
                .special("0.00")
                .otherDevelopment("0.00")
                .cityLevel("0.00")
                .transfer("0.00")
                .table());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("0.00"), r.difference());
    }

    @Test
    void cannotVerifyZhanjiangWhoseFourCellsAreAllBlankAndGivesNoBalancingValue() {
        RuleResult r = check(Tables.zhanjiang2023());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertNull(r.expected());
        assertEquals("amounts", r.field());
        assertTrue(r.messageZh().contains("两边都有空白"), r.messageZh());
    }

    @Test
    void givesNoBalancingValueWhenBothSidesHaveABlank() {
        RuleResult r =
                check(Tables.amounts().special("0.00").cityLevel("100.00").table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertNull(r.expected());
        assertTrue(
                r.messageEn().contains("transfers to lower levels, other development spending are blank"),
                r.messageEn());
    }

    @Test
    void givesTheSumTwoBlankDevelopmentCellsWouldNeed() {
        RuleResult r =
                check(Tables.amounts().cityLevel("100.00").transfer("50.00").table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(yuan("150.00"), r.expected());
        assertEquals("amounts", r.field());
        assertTrue(r.messageZh().contains("财政专项资金、其他事业发展性支出合计应为 150.00 元（0.015 万元）"), r.messageZh());
    }

    @Test
    void givesTheValueOfASingleBlankDevelopmentCell() {
        RuleResult r = check(Tables.amounts()
                .special("20.00")
                .cityLevel("100.00")
                .transfer("50.00")
                .table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(yuan("130.00"), r.expected());
        assertEquals("amounts.otherDevelopmentExpenditure", r.field());
    }

    @Test
    void saysWhenTheBalancingValueWouldHaveToBeNegative() {
        RuleResult r = check(development().transfer("500000.00").table());

        assertEquals(RuleStatus.NOT_VERIFIABLE, r.status());
        assertEquals(yuan("-207000.00"), r.expected());
        assertTrue(r.messageZh().contains("市本级使用资金应为 -207,000.00 元（-20.70 万元）"), r.messageZh());
        assertTrue(r.messageZh().contains("负数"), r.messageZh());
    }

    @Test
    void balancesAmountsAtTheNumericLimit() {
        RuleResult r = check(Tables.amounts()
                .set(4, MAX_AMOUNT)
                .set(5, MAX_AMOUNT)
                .set(6, MAX_AMOUNT)
                .set(7, MAX_AMOUNT)
                .table());

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals(yuan("19999999999999999.98"), r.actual());
        assertEquals(yuan("0.00"), r.difference());
    }
}
