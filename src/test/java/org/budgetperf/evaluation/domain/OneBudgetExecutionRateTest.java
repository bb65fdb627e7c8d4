package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.junit.jupiter.api.Test;

/**
 * One 预算执行率 (R-SCO-2): a table that lists {@code 预算执行率 ≥90%} under 产出/成本 (Dongguan and Zhanjiang 2024) is
 * scored once, from the amounts, under the weight set's rule — not a second time under 产出 from a typed actual.
 *
 * <p>By hand, national set: 产出 has one other indicator (培训人次, met) → 50; 效益 30, 满意度 10 met; 预算执行率 880 / 1000
 * = 88.00 %, ⌈2 / 5⌉ = 1 point off → 9. Total 99.00. Before, the indicator took half of 产出 and scored 25 × 85 / 90
 * from the typed 85 %, and R-SCO-2 deducted again.
 */
class OneBudgetExecutionRateTest {

    private static final SelfEvaluationRuleSet RULES = new SelfEvaluationRuleSet();

    private static TargetTable table(String executionWeight) {
        return EvaluationTables.table()
                .output("培训人次", "≥100人次", "40")
                .indicator("产出指标", "成本指标", "预算执行率", "≥90%", executionWeight)
                .outcome("就业率", "≥90%", "30")
                .satisfaction("服务对象满意度", "≥90%", "20")
                .build();
    }

    private static SelfEvaluationInput input(String typedRate) {
        return new SelfEvaluationInput(
                new BigDecimal("1000.00"),
                new BigDecimal("880.00"),
                null,
                List.of(
                        new IndicatorActual(0, "120", null, null),
                        new IndicatorActual(1, typedRate, null, "年底采购未付款"),
                        new IndicatorActual(2, "95%", null, null),
                        new IndicatorActual(3, "92", null, null)));
    }

    @Test
    void theRateIndicatorIsTheBudgetExecutionLineScoredOnceFromTheAmounts() {
        SelfEvaluationOutcome o = RULES.run(table(null), input("85%"), WeightSet.national());

        IndicatorScore line = o.indicators().get(1);
        assertThat(line.ruleId()).isEqualTo("R-SCO-2");
        assertThat(line.group()).isNull();
        assertThat(line.score()).isEqualByComparingTo("0.00");
        assertThat(line.weightFormula()).contains("counted there once", "weight set national@2026.1");
        assertThat(o.indicators().get(0).weight()).isEqualByComparingTo("50.00"); // 产出 is 培训人次's alone
        assertThat(o.indicators().get(0).weightFormula()).endsWith("— weight set national@2026.1");
        assertThat(o.budgetExecution().indicatorIndex()).isEqualTo(1);
        assertThat(o.budgetExecution().ratePercent()).isEqualByComparingTo("88.00");
        assertThat(o.budgetExecution().score()).isEqualByComparingTo("9.00"); // one point, once
        assertThat(o.budgetExecution().shortfallReason()).isEqualTo("年底采购未付款"); // the indicator's explanation
        assertThat(o.budgetExecution().notes())
                .anySatisfy(n -> assertThat(n).contains("85%", "disagrees", "88.00"))
                .anySatisfy(n -> assertThat(n).contains("weight set national@2026.1", "weight 10"));
        assertThat(o.total()).isEqualByComparingTo("99.00");
        assertThat(o.weightSet()).isEqualTo("national");
        assertThat(o.missing()).isEmpty();
        assertThat(o.invalid()).isEmpty();
    }

    @Test
    void aTypedRateThatAgreesAtItsPrecisionIsSaidToAgree() {
        SelfEvaluationOutcome o = RULES.run(table(null), input("88%"), WeightSet.national());
        assertThat(o.budgetExecution().notes()).anySatisfy(n -> assertThat(n).contains("agrees with 88.00"));
    }

    @Test
    void asDeclaredTakesTheRateIndicatorsWeightAndTheSetsDeductionRule() {
        WeightSet twoPointsPerStep = new WeightSet(
                "as-declared",
                "test",
                "two points per 5 %",
                null,
                true,
                new ExecutionDeduction(BigDecimal.valueOf(90), BigDecimal.valueOf(5), BigDecimal.valueOf(2)),
                QualitativeBands.defaults());
        SelfEvaluationOutcome o = RULES.run(table("10"), input("88%"), twoPointsPerStep);

        assertThat(o.budgetExecution().weight()).isEqualByComparingTo("10");
        assertThat(o.budgetExecution().score()).isEqualByComparingTo("8.00"); // 1 step × 2 points
        assertThat(o.budgetExecution().formula()).contains("1 step × 2 = 2 points deducted");
        assertThat(o.group(ScoringGroup.OUTPUT).orElseThrow().score()).isEqualByComparingTo("40.00");
        assertThat(o.total()).isEqualByComparingTo("98.00");
    }

    @Test
    void asDeclaredRefusesWeightsThatDoNotMakeAHundredNamingEachLine() {
        WeightSet.Resolved missing = asDeclared().resolve(table(null));
        assertThat(missing.weights()).isNull();
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.indicatorIndex()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("weight");
        });
        WeightSet.Resolved ninety = asDeclared().resolve(table("0"));
        assertThat(ninety.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageEn()).contains("add up to 90"));
        assertThatThrownBy(() -> RULES.run(table("0"), input("88%"), asDeclared()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static WeightSet asDeclared() {
        return new WeightSet(
                "as-declared",
                "2026.1",
                "as declared",
                null,
                true,
                ExecutionDeduction.defaults(),
                QualitativeBands.defaults());
    }
}
