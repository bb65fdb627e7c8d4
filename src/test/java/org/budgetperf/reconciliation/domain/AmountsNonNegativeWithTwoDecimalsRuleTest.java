package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.Tables.MAX_AMOUNT;
import static org.budgetperf.reconciliation.domain.Tables.single;
import static org.budgetperf.reconciliation.domain.Tables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.junit.jupiter.api.Test;

class AmountsNonNegativeWithTwoDecimalsRuleTest {

    private final AmountsNonNegativeWithTwoDecimalsRule rule = new AmountsNonNegativeWithTwoDecimalsRule();

    private List<RuleResult> check(TargetTable table) {
        return rule.check(table, ReconciliationSettings.defaults());
    }

    @Test
    void passesDongguan2024WithFourteenFilledAmounts() {
        // 7 filled money cells (市本级使用资金 is blank) + 7 task amounts, one of them written 293000
        RuleResult r = single(check(Tables.dongguan2024()));

        assertEquals("R-BUD-5", r.ruleId());
        assertEquals(Severity.ERROR, r.severity());
        assertEquals(RuleStatus.PASS, r.status());
        assertNull(r.field());
        assertEquals("已填的 14 个金额均不为负数，且最多两位小数（到分）。", r.messageZh());
    }

    @Test
    void passesZhanjiang2024WhoseSixDecimalWanAmountsAreExactFen() {
        RuleResult r = single(check(Tables.zhanjiang2024()));

        assertEquals(RuleStatus.PASS, r.status());
        assertTrue(r.messageEn().startsWith("All 7 filled amounts"), r.messageEn());
    }

    @Test
    void rejectsANegativeAmount() {
        RuleResult r =
                single(check(Tables.amounts().basic("-1.00").project("0.00").table()));

        assertEquals(RuleStatus.FAIL, r.status());
        assertTrue(r.isBlocking());
        assertEquals("amounts.basicExpenditure", r.field());
        assertEquals(yuan("-1.00"), r.actual());
        assertNull(r.expected());
        assertEquals("基本支出为 -1.00 元：金额不能为负数。", r.messageZh());
        assertEquals("Basic spending is -1.00 yuan: an amount cannot be negative.", r.messageEn());
    }

    @Test
    void rejectsTaskFundsWithThreeDecimalsWithoutRoundingThem() {
        TargetTable table = Tables.amounts()
                .key("甲", "1.00")
                .key("乙", "2.00")
                .key("丙", "3.00")
                .key("侨务业务", "632600.005")
                .table();

        RuleResult r = single(check(table));

        assertEquals(RuleStatus.FAIL, r.status());
        assertEquals("tasks[3].plannedFunds", r.field());
        assertEquals(yuan("632600.005"), r.actual());
        assertEquals("任务第 4 行（重点工作任务「侨务业务」）拟投入的资金为 632,600.005 元：有 3 位小数，金额最多两位小数（到分），不会自动舍入。", r.messageZh());
    }

    @Test
    void reportsBothProblemsOfOneAmountInOneResult() {
        RuleResult r = single(check(Tables.amounts().transfer("-0.001").table()));

        assertEquals("amounts.transferPaymentFunds", r.field());
        assertEquals("拟用于对下转移支付资金为 -0.001 元：金额不能为负数；有 3 位小数，金额最多两位小数（到分），不会自动舍入。", r.messageZh());
    }

    @Test
    void returnsOneFailurePerOffendingAmountInFormOrder() {
        TargetTable table = Tables.amounts()
                .basic("100.00")
                .appropriation("-5.00")
                .cityLevel("0.125")
                .key("甲", "10.00")
                .other("乙", "-293000")
                .table();

        List<RuleResult> results = check(table);

        assertEquals(
                List.of("amounts.fiscalAppropriation", "amounts.cityLevelFunds", "tasks[1].plannedFunds"),
                results.stream().map(RuleResult::field).toList());
        assertTrue(results.stream().allMatch(r -> r.status() == RuleStatus.FAIL));
        assertTrue(
                results.get(2).messageZh().startsWith("任务第 2 行（其他任务「乙」）拟投入的资金为 -293,000.00 元"),
                results.get(2).messageZh());
    }

    @Test
    void acceptsTrailingZerosBeyondTheFenAndNegativeZero() {
        RuleResult r = single(check(Tables.amounts()
                .basic("1.500")
                .project("-0.00")
                .key("甲", "293000")
                .table()));

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals("已填的 3 个金额均不为负数，且最多两位小数（到分）。", r.messageZh());
    }

    @Test
    void treatsBlankAmountsAsNothingToCheck() {
        RuleResult r = single(check(Tables.amounts().key("甲", null).table()));

        assertEquals(RuleStatus.PASS, r.status());
        assertEquals("没有已填的金额，无需检查。", r.messageZh());
    }

    @Test
    void acceptsTheLargestNumericAmount() {
        RuleResult r = single(
                check(Tables.amounts().set(0, MAX_AMOUNT).set(7, MAX_AMOUNT).table()));

        assertEquals(RuleStatus.PASS, r.status());
    }

    @Test
    void rejectsASubFenAmountAtTheNumericLimit() {
        RuleResult r = single(
                check(Tables.amounts().set(0, MAX_AMOUNT.add(yuan("0.001"))).table()));

        assertEquals(RuleStatus.FAIL, r.status());
        assertTrue(r.messageZh().startsWith("基本支出为 9,999,999,999,999,999.991 元"), r.messageZh());
    }
}
