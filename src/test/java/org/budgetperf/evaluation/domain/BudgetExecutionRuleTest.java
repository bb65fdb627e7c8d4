package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.evaluation.domain.EvaluationTables.dec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-SCO-2: full marks at ≥ 90 %, 1 point per 5 % or part of it below, never below 0. */
class BudgetExecutionRuleTest {

    private final BudgetExecutionRule rule = new BudgetExecutionRule();

    @ParameterizedTest(name = "{0} of 10,000 → {1} %, −{2}, {3}")
    @CsvSource({
        "9000.00, 90.00, 0, 10.00",
        "10000.00, 100.00, 0, 10.00",
        "8999.00, 89.99, 1, 9.00",
        "8999.60, 90.00, 0, 10.00", // 89.996 % shows as 90.00 % and is judged as shown
        "8800.00, 88.00, 1, 9.00",
        "8500.00, 85.00, 1, 9.00", // exactly 5 % below: one step
        "8499.00, 84.99, 2, 8.00", // part of a second step
        "8000.00, 80.00, 2, 8.00",
        "4000.00, 40.00, 10, 0.00",
        "3000.00, 30.00, 12, 0.00", // never below 0
        "0.00, 0.00, 18, 0.00",
    })
    void deductsOnePointPerFivePercentOrPartOfItBelowNinety(String spent, String rate, int deducted, String score) {
        BudgetExecutionRule.Result r = rule.evaluate(dec("10000.00"), dec(spent), "原因", dec("10"));

        assertThat(r.score().ratePercent()).isEqualByComparingTo(rate);
        assertThat(r.score().deductedPoints()).isEqualTo(deducted);
        assertThat(r.score().score()).isEqualByComparingTo(score);
        assertThat(r.score().score().scale()).isEqualTo(2);
        assertThat(r.exactScore().round(2)).isEqualByComparingTo(score);
        assertThat(r.missing()).isEmpty();
        assertThat(r.invalid()).isEmpty();
    }

    @Test
    void scoresYuzhong2021AtNinePoints() {
        // 全年执行数 6643 万元 / 全年预算数 7574 万元 = 87.7079…% (the form rounds it to 0.88, shown 88%)
        BudgetExecutionRule.Result r = rule.evaluate(dec("75740000.00"), dec("66430000.00"), null, dec("10"));

        assertThat(r.score().ratePercent()).isEqualByComparingTo("87.71");
        assertThat(r.score().deductedPoints()).isEqualTo(1);
        assertThat(r.score().score()).isEqualByComparingTo("9.00");
        assertThat(r.score().formula())
                .isEqualTo("R-SCO-2: 66,430,000.00 / 75,740,000.00 × 100 = 87.707948… → 87.71 %"
                        + " < 90 %: 90 − 87.71 = 2.29, ⌈2.29 / 5⌉ = 1 point deducted: max(0, 10 − 1) = 9.00");
        assertThat(r.missing()).singleElement().satisfies(m -> {
            assertThat(m.ruleId()).isEqualTo("R-SCO-2");
            assertThat(m.field()).isEqualTo("executionShortfallReason");
            assertThat(m.messageZh()).isEqualTo("预算执行率 87.71% 低于 90%，须说明原因。");
        });
    }

    @Test
    void deductsPointsNotPercentOfAnotherWeight() {
        // Yuzhong's own form weighs 预算执行率 8: 88 % → 8 − 1 = 7
        assertThat(rule.evaluate(dec("100.00"), dec("88.00"), "x", dec("8"))
                        .score()
                        .score())
                .isEqualByComparingTo("7.00");
    }

    @Test
    void aboveHundredPercentEarnsFullMarksWithANote() {
        BudgetExecutionRule.Result r = rule.evaluate(dec("100.00"), dec("105.00"), null, dec("10"));
        assertThat(r.score().score()).isEqualByComparingTo("10.00");
        assertThat(r.score().formula()).contains("105.00 %", "above 100 %");
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void cannotComputeWithoutAnAdjustedBudget() {
        BudgetExecutionRule.Result blank = rule.evaluate(null, dec("1.00"), null, dec("10"));
        BudgetExecutionRule.Result zero = rule.evaluate(dec("0.00"), dec("1.00"), null, dec("10"));
        BudgetExecutionRule.Result noSpending = rule.evaluate(dec("1.00"), null, null, dec("10"));

        assertThat(blank.score().score()).isEqualByComparingTo("0.00");
        assertThat(blank.score().ratePercent()).isNull();
        assertThat(blank.invalid())
                .singleElement()
                .satisfies(i -> assertThat(i.field()).isEqualTo("adjustedBudget"));
        assertThat(zero.invalid().get(0).messageZh()).contains("0.00 元");
        assertThat(noSpending.invalid().get(0).field()).isEqualTo("spent");
        assertThat(noSpending.invalid().get(0).messageEn()).contains("blank is not zero");
    }
}
