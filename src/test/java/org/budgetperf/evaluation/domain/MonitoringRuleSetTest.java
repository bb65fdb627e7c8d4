package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetperf.evaluation.domain.EvaluationTables.dec;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitoringRuleSetTest {

    private final MonitoringRuleSet rules = new MonitoringRuleSet();
    private final ExecutionLightRule execution = new ExecutionLightRule();
    private static final MonitoringThresholds DEFAULTS = MonitoringThresholds.defaults();

    /** The Yuzhong 2021 employment indicators as a table to monitor. */
    private static TargetTable yuzhong() {
        return EvaluationTables.table()
                .task("创业孵化", "2000000.00")
                .task("就业补贴", "5000000.00")
                .indicator("产出指标", "数量指标", "新增区级创业孵化基地数量", "≥1个", null, 0)
                .indicator("产出指标", "质量指标", "社会保险补贴发放准确率", "≥95%", null, 1)
                .indicator("效益指标", "社会效益指标", "城镇新增就业人数", "≥39500人", null)
                .indicator("效益指标", "社会效益指标", "零就业家庭帮扶率", "=100%", null)
                .indicator("产出指标", "成本指标", "投诉件数", "≤32个", null)
                .indicator("管理指标", "", "资金使用合规性", "合规", null)
                .build();
    }

    // ------------------------------------------------------------------ R-MON-1

    @ParameterizedTest(name = "month {0}: {2} of {1} → v = {3}, {4}")
    @CsvSource({
        // v = (spent / budget) ÷ (month / 12) × 100
        "6, 10000000.00, 4500000.00, 90.00, GREEN", // 45 % ÷ 50 % = 90
        "6, 10000000.00, 4000000.00, 80.00, GREEN", // exactly the yellow threshold is green
        "6, 10000000.00, 3999999.99, 80.00, GREEN", // 79.9999998 shows as 80.00: judged as shown
        "6, 10000000.00, 3999000.00, 79.98, YELLOW",
        "6, 10000000.00, 3000000.00, 60.00, YELLOW", // exactly red threshold is yellow
        "6, 10000000.00, 2999000.00, 59.98, RED",
        "12, 7574.00, 6643.00, 87.71, GREEN", // Yuzhong: 6643 / 7574 at year end
        "1, 1200.00, 100.00, 100.00, GREEN", // 1/12 spent after 1 month
        "3, 1200.00, 0.00, 0.00, RED", // nothing spent is red, not blank
        "9, 1000.00, 1000.00, 133.33, GREEN", // ahead of time: 100 % ÷ 75 % = 133.333…
    })
    void computesTheExecutionLight(int month, String budget, String spent, String v, Light light) {
        ExecutionLight l = execution.evaluate(month, dec(budget), dec(spent), DEFAULTS, "预算");
        assertThat(l.value()).isEqualByComparingTo(v);
        assertThat(l.value().scale()).isEqualTo(2);
        assertThat(l.light()).isEqualTo(light);
        assertThat(l.ruleId()).isEqualTo("R-MON-1");
    }

    @Test
    void showsTheFormulaWithTheFigures() {
        ExecutionLight l = execution.evaluate(9, dec("1000.00"), dec("1000.00"), DEFAULTS, "预算");
        assertThat(l.formula())
                .isEqualTo("R-MON-1: (1,000.00 / 1,000.00) ÷ (9 / 12) × 100 = 133.333333… → 133.33 ≥ 80 → GREEN");
        assertThat(l.executionRatePercent()).isEqualByComparingTo("100.00");
        assertThat(l.messageZh()).contains("时间进度 75.00%", "执行进度指数 133.33", "绿灯");
    }

    @Test
    void cannotComputeWithoutABudget() {
        ExecutionLight blank = execution.evaluate(6, null, dec("10.00"), DEFAULTS, "预算");
        ExecutionLight zero = execution.evaluate(6, dec("0.00"), dec("10.00"), DEFAULTS, "预算");
        ExecutionLight noSpending = execution.evaluate(6, dec("10.00"), null, DEFAULTS, "预算");

        assertThat(List.of(blank, zero, noSpending)).allSatisfy(l -> {
            assertThat(l.light()).isEqualTo(Light.NOT_COMPUTABLE);
            assertThat(l.value()).isNull();
            assertThat(l.computable()).isFalse();
        });
        assertThat(blank.messageZh()).contains("预算数为空白");
        assertThat(zero.messageEn()).contains("the budget is 0.00 yuan");
        assertThat(noSpending.messageEn()).contains("blank is not zero");
    }

    @Test
    void usesConfiguredThresholds() {
        MonitoringThresholds strict = new MonitoringThresholds(dec("70"), dec("95"));
        assertThat(execution
                        .evaluate(6, dec("100.00"), dec("46.00"), strict, "预算")
                        .light())
                .isEqualTo(Light.YELLOW); // 92
        assertThat(execution
                        .evaluate(6, dec("100.00"), dec("34.00"), strict, "预算")
                        .light())
                .isEqualTo(Light.RED); // 68
        assertThatThrownBy(() -> new MonitoringThresholds(dec("80"), dec("60")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMonthOutsideTheYear() {
        assertThatThrownBy(() -> new MonitoringInput(0, dec("1"), dec("1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitoringInput(13, dec("1"), dec("1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ R-MON-2

    private MonitoringOutcome report(IndicatorProgress... progress) {
        return rules.run(
                yuzhong(),
                new MonitoringInput(
                        6,
                        dec("75740000.00"),
                        dec("30000000.00"),
                        List.of(progress),
                        List.of(new TaskActual(0, dec("500000.00")))),
                DEFAULTS);
    }

    private static IndicatorProgress on(int index, String expected) {
        return new IndicatorProgress(index, "—", expected, "原因", "措施");
    }

    private static IndicatorProgress[] allOnTrack() {
        return new IndicatorProgress[] {
            on(0, "2"), on(1, "100"), on(2, "40000"), on(3, "100%"), on(4, "30个"), on(5, "达成")
        };
    }

    @Test
    void allGreenWhenEveryTargetIsExpectedToBeMet() {
        MonitoringOutcome o = report(allOnTrack());

        assertThat(o.ruleSetVersion()).isEqualTo("2026.1");
        assertThat(o.indicators()).extracting(IndicatorLight::light).containsOnly(Light.GREEN);
        assertThat(o.missing()).isEmpty();
        assertThat(o.invalid()).isEmpty();
        assertThat(o.acceptable()).isTrue();
        // 30,000,000 / 75,740,000 ÷ 6/12 = 79.22 → yellow
        assertThat(o.execution().value()).isEqualByComparingTo("79.22");
        assertThat(o.execution().light()).isEqualTo(Light.YELLOW);
        assertThat(o.indicators().get(1).note()).contains("按 100% 理解");
    }

    @ParameterizedTest(name = "{0} expected {1} → {2} ({3} %)")
    @CsvSource({
        "2, 39500, GREEN, 100.00",
        "2, 36000, YELLOW, 91.14", // 36000 / 39500
        "2, 31600, YELLOW, 80.00", // exactly 80 % of the target
        "2, 31599, YELLOW, 80.00", // 79.99746… shows as 80.00 and is judged as shown, like R-MON-1
        "2, 31580, RED, 79.95",
        "2, 30000, RED, 75.95",
        "4, 32, GREEN, 100.00", // ≤ 32: at the ceiling
        "4, 35, YELLOW, 90.63", // 1 − 3/32
        "4, 48, RED, 50.00", // 1.5 × target
        "4, 64, RED, 0.00", // 2 × target
        "3, 99%, YELLOW, 99.00", // = 100%: as ≥
    })
    void lightsQuantitativeIndicatorsByTheScoringFormulas(int index, String expected, Light light, String percent) {
        IndicatorProgress[] all = allOnTrack();
        all[index] = new IndicatorProgress(index, "—", expected, "原因", "措施");
        IndicatorLight l = report(all).indicators().get(index);

        assertThat(l.light()).isEqualTo(light);
        assertThat(l.expectedPercentOfTarget()).isEqualByComparingTo(percent);
        assertThat(l.ruleId()).isEqualTo("R-MON-2");
    }

    @Test
    void showsHowTheLightWasReached() {
        IndicatorProgress[] all = allOnTrack();
        all[2] = on(2, "36000人");
        IndicatorLight l = report(all).indicators().get(2);
        assertThat(l.formula())
                .isEqualTo(
                        "R-MON-2 by R-SCO-3: 100 × 36000 / 39500 = 91.139240… → 91.14 % of the target; 91.14 ≥ 80 → YELLOW");
        all[2] = on(2, "40000");
        assertThat(report(all).indicators().get(2).formula())
                .isEqualTo("R-MON-2 by R-SCO-3: expected 40000 meets ≥39500人 → GREEN");
    }

    @ParameterizedTest
    @CsvSource({"达成, GREEN", "部分达成, YELLOW", "未达成, RED", "合规, GREEN", "不合规, RED"})
    void lightsQualitativeIndicators(String expected, Light light) {
        IndicatorProgress[] all = allOnTrack();
        all[5] = on(5, expected);
        assertThat(report(all).indicators().get(5).light()).isEqualTo(light);
    }

    @Test
    void requiresACauseAndAMeasureForEveryIndicatorBehind() {
        IndicatorProgress[] all = allOnTrack();
        all[2] = new IndicatorProgress(2, "20000", "36000", null, " ");
        all[5] = new IndicatorProgress(5, "—", "部分达成", "审计发现问题", null);
        MonitoringOutcome o = report(all);

        assertThat(o.missing())
                .extracting(MissingExplanation::field)
                .containsExactly("indicators[2].cause", "indicators[2].measure", "indicators[5].measure");
        assertThat(o.missing()).extracting(MissingExplanation::indicatorIndex).containsExactly(2, 2, 5);
        assertThat(o.missing().get(0).subject()).isEqualTo("城镇新增就业人数");
        assertThat(o.missing().get(0).messageZh()).isEqualTo("第 3 条指标“城镇新增就业人数”预计年末“36000”，目标“≥39500人”，黄灯，须说明原因。");
        assertThat(o.missing().get(2).messageEn())
                .contains("indicator 6 '资金使用合规性'", "a corrective measure is required");
        assertThat(o.acceptable()).isFalse();
    }

    @Test
    void aGreenIndicatorNeedsNoCause() {
        IndicatorProgress[] all = allOnTrack();
        all[0] = new IndicatorProgress(0, "1", "1", null, null);
        assertThat(report(all).missing()).isEmpty();
    }

    @Test
    void reportsUnusableProgress() {
        IndicatorProgress[] all = allOnTrack();
        all[2] = on(2, "达成"); // a count needs a figure
        all[3] = on(3, "≥99%"); // a comparison is not a figure
        all[4] = on(4, "30人"); // another unit
        MonitoringOutcome o = report(all);

        assertThat(o.indicators().subList(2, 5))
                .extracting(IndicatorLight::light)
                .containsOnly(Light.NOT_COMPUTABLE);
        assertThat(o.invalid())
                .extracting(InvalidInput::field)
                .containsExactly(
                        "indicators[2].expectedYearEnd",
                        "indicators[3].expectedYearEnd",
                        "indicators[4].expectedYearEnd");
        assertThat(o.invalid().get(2).messageZh()).contains("单位“人”与目标单位“个”不同");
        assertThat(o.missing()).isEmpty();
    }

    @Test
    void reportsUnknownDuplicateAndMissingIndicators() {
        MonitoringOutcome o =
                report(on(0, "2"), on(0, "3"), on(9, "1"), on(1, "100"), on(2, "40000"), on(3, "100"), on(4, "1"));

        assertThat(o.invalid())
                .extracting(InvalidInput::field)
                .containsExactly("indicators[1].indicatorIndex", "indicators[2].indicatorIndex", "indicators");
        assertThat(o.invalid().get(2).indicatorIndex()).isEqualTo(5);
        assertThat(o.indicators().get(5).light()).isEqualTo(Light.NOT_COMPUTABLE);
        assertThat(o.indicators().get(0).expectedYearEnd()).isEqualTo("2"); // the first entry counts
    }

    @Test
    void showsTasksWithTheirSpendingAndIndicators() {
        MonitoringOutcome o = report(allOnTrack());

        assertThat(o.tasks()).hasSize(2);
        TaskProgress first = o.tasks().get(0);
        assertThat(first.name()).isEqualTo("创业孵化");
        assertThat(first.planned()).isEqualByComparingTo("2000000.00");
        assertThat(first.spentToDate()).isEqualByComparingTo("500000.00");
        assertThat(first.executionRatePercent()).isEqualByComparingTo("25.00");
        assertThat(first.execution().value()).isEqualByComparingTo("50.00"); // 25 % ÷ 50 %
        assertThat(first.execution().light()).isEqualTo(Light.RED);
        assertThat(first.indicators()).extracting(IndicatorLight::name).containsExactly("新增区级创业孵化基地数量");
        TaskProgress second = o.tasks().get(1);
        assertThat(second.spentToDate()).isNull();
        assertThat(second.execution().light()).isEqualTo(Light.NOT_COMPUTABLE);
        assertThat(second.indicators())
                .extracting(IndicatorLight::indicatorIndex)
                .containsExactly(1);
    }

    @Test
    void skipsPlaceholderRows() {
        TargetTable table = EvaluationTables.table()
                .placeholder("产出指标", "时效指标")
                .output("培训人次", "≥100人次", null)
                .build();
        MonitoringOutcome o = rules.run(
                table, new MonitoringInput(12, BigDecimal.TEN, BigDecimal.TEN, List.of(on(1, "120"))), DEFAULTS);
        assertThat(o.indicators()).extracting(IndicatorLight::indicatorIndex).containsExactly(1);
        assertThat(o.invalid()).isEmpty();
    }
}
