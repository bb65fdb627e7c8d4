package org.budgetperf.reconciliation.domain;

import static org.budgetperf.reconciliation.domain.Tables.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.junit.jupiter.api.Test;

class ReconciliationRuleSetTest {

    private final ReconciliationRuleSet ruleSet = new ReconciliationRuleSet();
    private final ReconciliationSettings exact = ReconciliationSettings.defaults();

    private static List<String> ids(ReconciliationOutcome outcome) {
        return outcome.results().stream().map(RuleResult::ruleId).toList();
    }

    private static List<RuleStatus> statuses(ReconciliationOutcome outcome) {
        return outcome.results().stream().map(RuleResult::status).toList();
    }

    /** Dongguan 2024 with 市本级使用资金 filled in as R-BUD-2 suggests. */
    private static Tables.Builder dongguanWithCityLevel() {
        return Tables.amounts()
                .basic("5505100.00")
                .project("2629300.00")
                .appropriation("8427400.00")
                .otherFunds("0.00")
                .special("0.00")
                .otherDevelopment("293000.00")
                .cityLevel("293000.00")
                .transfer("0.00")
                .key("任务1", "632600.00")
                .key("任务2", "342000.00")
                .key("任务3", "52200.00")
                .key("任务4", "190000.00")
                .key("任务5", "27200.00")
                .key("任务6", "640000.00");
    }

    @Test
    void runsTheFiveRulesInOrderUnderVersion2026Point1() {
        assertEquals("2026.1", ReconciliationRuleSet.VERSION);
        assertEquals(
                List.of("R-BUD-1", "R-BUD-2", "R-BUD-3", "R-BUD-4", "R-BUD-5"),
                ruleSet.rules().stream().map(ReconciliationRule::id).toList());
    }

    @Test
    void reconcilesDongguan2024AsBalancedThoughCityLevelFundsAreBlank() {
        ReconciliationOutcome outcome = ruleSet.run(Tables.dongguan2024(), exact);

        assertEquals("2026.1", outcome.ruleSetVersion());
        assertEquals(OverallStatus.BALANCED, outcome.overall());
        assertEquals(List.of("R-BUD-1", "R-BUD-2", "R-BUD-3", "R-BUD-4", "R-BUD-5"), ids(outcome));
        assertEquals(
                List.of(RuleStatus.PASS, RuleStatus.NOT_VERIFIABLE, RuleStatus.PASS, RuleStatus.PASS, RuleStatus.PASS),
                statuses(outcome));
        assertEquals("WITH_DEVELOPMENT", outcome.results().get(0).convention());
        assertEquals(yuan("293000.00"), outcome.results().get(1).expected());
        assertEquals(new BigDecimal("71.65"), outcome.results().get(2).ratio());
    }

    @Test
    void reconcilesDongguan2024AsBalancedOnceCityLevelFundsAreFilledIn() {
        TargetTable table = dongguanWithCityLevel().other("省华侨事业费", "293000").table();

        ReconciliationOutcome outcome = ruleSet.run(table, exact);

        assertEquals(OverallStatus.BALANCED, outcome.overall());
        assertEquals(
                List.of(RuleStatus.PASS, RuleStatus.PASS, RuleStatus.PASS, RuleStatus.PASS, RuleStatus.PASS),
                statuses(outcome));
    }

    @Test
    void reconcilesZhanjiang2023And2024AsBalancedByBasicPlusProject() {
        ReconciliationOutcome y2023 = ruleSet.run(Tables.zhanjiang2023(), exact);
        ReconciliationOutcome y2024 = ruleSet.run(Tables.zhanjiang2024(), exact);

        for (ReconciliationOutcome outcome : List.of(y2023, y2024)) {
            assertEquals(OverallStatus.BALANCED, outcome.overall());
            assertEquals(
                    List.of(
                            RuleStatus.PASS,
                            RuleStatus.NOT_VERIFIABLE,
                            RuleStatus.PASS,
                            RuleStatus.PASS,
                            RuleStatus.PASS),
                    statuses(outcome));
            assertEquals("BASIC_PLUS_PROJECT", outcome.results().get(0).convention());
        }
        assertEquals(new BigDecimal("29.68"), y2023.results().get(2).ratio());
        assertEquals(new BigDecimal("33.25"), y2024.results().get(2).ratio());
    }

    @Test
    void reportsATableOneFenOffAsUnbalanced() {
        TargetTable table = Tables.amounts()
                .appropriation("100.01")
                .otherFunds("0.00")
                .basic("50.00")
                .project("50.00")
                .special("0.00")
                .otherDevelopment("0.00")
                .cityLevel("0.00")
                .transfer("0.00")
                .table();

        ReconciliationOutcome outcome = ruleSet.run(table, exact);

        assertEquals(OverallStatus.UNBALANCED, outcome.overall());
        assertEquals(RuleStatus.FAIL, outcome.results().get(0).status());
        assertEquals(yuan("0.01"), outcome.results().get(0).difference());
    }

    @Test
    void reportsAWarningOnlyFailureAsBalancedWithWarnings() {
        TargetTable table = dongguanWithCityLevel().other("省华侨事业费", "292999.99").table();

        ReconciliationOutcome outcome = ruleSet.run(table, exact);

        assertEquals(OverallStatus.BALANCED_WITH_WARNINGS, outcome.overall());
        assertEquals(
                List.of(RuleStatus.PASS, RuleStatus.PASS, RuleStatus.PASS, RuleStatus.FAIL, RuleStatus.PASS),
                statuses(outcome));
        assertEquals(Severity.WARNING, outcome.results().get(3).severity());
    }

    @Test
    void reportsAnAllBlankTableAsBalancedWithWarningsSinceNothingCanBeVerified() {
        ReconciliationOutcome outcome = ruleSet.run(Tables.blank(), exact);

        assertEquals(OverallStatus.BALANCED_WITH_WARNINGS, outcome.overall());
        assertEquals(
                List.of(
                        RuleStatus.NOT_VERIFIABLE,
                        RuleStatus.NOT_VERIFIABLE,
                        RuleStatus.NOT_VERIFIABLE,
                        RuleStatus.PASS,
                        RuleStatus.PASS),
                statuses(outcome));
    }

    @Test
    void listsEveryOffendingAmountAndIsUnbalanced() {
        TargetTable table = dongguanWithCityLevel().other("省华侨事业费", "293000").table();
        TargetTable broken = new TargetTable(
                table.departmentName(),
                table.fiscalYear(),
                null,
                null,
                null,
                null,
                Tables.amounts()
                        .basic("-5505100.00")
                        .project("2629300.005")
                        .appropriation("8427400.00")
                        .build(),
                table.overallGoalHtml(),
                table.tasks(),
                table.indicators());

        ReconciliationOutcome outcome = ruleSet.run(broken, exact);

        assertEquals(OverallStatus.UNBALANCED, outcome.overall());
        List<RuleResult> bud5 = outcome.results().stream()
                .filter(r -> r.ruleId().equals("R-BUD-5"))
                .toList();
        assertEquals(
                List.of("amounts.basicExpenditure", "amounts.projectExpenditure"),
                bud5.stream().map(RuleResult::field).toList());
    }

    @Test
    void passesTheToleranceToEveryRule() {
        TargetTable table = Tables.amounts()
                .appropriation("100.01")
                .otherFunds("0.00")
                .basic("50.00")
                .project("50.00")
                .special("0.00")
                .otherDevelopment("0.00")
                .cityLevel("0.00")
                .transfer("0.00")
                .key("甲", "50.01")
                .table();

        ReconciliationOutcome outcome = ruleSet.run(table, new ReconciliationSettings(yuan("0.01")));

        assertEquals(OverallStatus.BALANCED, outcome.overall());
        assertEquals(yuan("0.01"), outcome.results().get(0).difference());
    }

    @Test
    void derivesOverallStatusFromSeverityAndStatus() {
        RuleResult pass = result(Severity.ERROR, RuleStatus.PASS);
        RuleResult infoFail = result(Severity.INFO, RuleStatus.FAIL);
        RuleResult warningFail = result(Severity.WARNING, RuleStatus.FAIL);
        RuleResult errorNotVerifiable = result(Severity.ERROR, RuleStatus.NOT_VERIFIABLE);
        RuleResult errorFail = result(Severity.ERROR, RuleStatus.FAIL);

        assertEquals(OverallStatus.BALANCED, ReconciliationOutcome.overallOf(List.of()));
        assertEquals(OverallStatus.BALANCED, ReconciliationOutcome.overallOf(List.of(pass, infoFail)));
        assertEquals(OverallStatus.BALANCED_WITH_WARNINGS, ReconciliationOutcome.overallOf(List.of(pass, warningFail)));
        assertEquals(OverallStatus.BALANCED, ReconciliationOutcome.overallOf(List.of(pass, errorNotVerifiable)));
        RuleResult balanceNotVerifiable = new RuleResult(
                IncomeEqualsSpendingRule.ID,
                Severity.ERROR,
                RuleStatus.NOT_VERIFIABLE,
                null,
                null,
                null,
                null,
                null,
                null,
                "收入未填",
                "income blank");
        assertEquals(
                OverallStatus.BALANCED_WITH_WARNINGS,
                ReconciliationOutcome.overallOf(List.of(pass, balanceNotVerifiable)));
        assertEquals(
                OverallStatus.UNBALANCED,
                ReconciliationOutcome.overallOf(List.of(warningFail, errorNotVerifiable, errorFail)));
    }

    @Test
    void defaultsToExactToleranceAndRejectsANegativeOne() {
        assertEquals(new BigDecimal("0.00"), ReconciliationSettings.defaults().tolerance());
        assertThrows(IllegalArgumentException.class, () -> new ReconciliationSettings(new BigDecimal("-0.01")));
    }

    private static RuleResult result(Severity severity, RuleStatus status) {
        return new RuleResult("R-TEST", severity, status, null, null, null, null, null, null, "测试", "test");
    }
}
