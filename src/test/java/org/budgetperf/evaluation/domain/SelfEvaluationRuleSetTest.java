package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetperf.evaluation.domain.EvaluationTables.dec;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.Operator;
import org.junit.jupiter.api.Test;

class SelfEvaluationRuleSetTest {

    private final SelfEvaluationRuleSet rules = new SelfEvaluationRuleSet();
    private static final ScoringWeights DEFAULTS = ScoringWeights.defaults();

    private static IndicatorActual actual(int index, String value) {
        return new IndicatorActual(index, value, null, null);
    }

    private static IndicatorActual actual(int index, String value, String percent, String explanation) {
        return new IndicatorActual(index, value, dec(percent), explanation);
    }

    private SelfEvaluationOutcome run(TargetTable table, IndicatorActual... actuals) {
        return rules.run(
                table, new SelfEvaluationInput(dec("1000.00"), dec("950.00"), null, List.of(actuals)), DEFAULTS);
    }

    /** One indicator per group, all met: 50 + 30 + 10 + 10 = 100. */
    private static TargetTable complete() {
        return EvaluationTables.table()
                .output("培训人次", "≥100人次", null)
                .outcome("就业率", "≥90%", null)
                .satisfaction("服务对象满意度", "≥90%", null)
                .build();
    }

    @Test
    void scoresEveryGroupAndTheTotal() {
        SelfEvaluationOutcome o = run(complete(), actual(0, "120"), actual(1, "95%"), actual(2, "92"));

        assertThat(o.ruleSetVersion()).isEqualTo("2026.2");
        assertThat(o.weightsVersion()).isEqualTo("2026.1");
        assertThat(o.indicators())
                .extracting(IndicatorScore::score)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("50.00", "30.00", "10.00");
        assertThat(o.groups()).extracting(GroupScore::name).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(o.budgetExecution().score()).isEqualByComparingTo("10.00"); // 95 %
        assertThat(o.total()).isEqualByComparingTo("100.00");
        assertThat(o.total().scale()).isEqualTo(2);
        assertThat(o.unroundedTotal()).isEqualTo("100");
        assertThat(o.grade()).isEqualTo("优");
        assertThat(o.unscoredGroups()).isEmpty();
        assertThat(o.acceptable()).isTrue();
    }

    @Test
    void showsEachLineSoItCanBeRecheckedByHand() {
        SelfEvaluationOutcome o = run(complete(), actual(0, "80人次", null, "场地不足"), actual(1, "95%"), actual(2, "92"));
        IndicatorScore line = o.indicators().get(0);

        assertThat(line.indicatorIndex()).isZero();
        assertThat(line.name()).isEqualTo("培训人次");
        assertThat(line.level1()).isEqualTo("产出指标");
        assertThat(line.level2()).isEqualTo("数量指标");
        assertThat(line.group()).isEqualTo(ScoringGroup.OUTPUT);
        assertThat(line.target().raw()).isEqualTo("≥100人次");
        assertThat(line.target().operator()).isEqualTo(Operator.GE);
        assertThat(line.target().number()).isEqualByComparingTo("100");
        assertThat(line.target().unit()).isEqualTo("人次");
        assertThat(line.actual()).isEqualTo("80人次");
        assertThat(line.weight()).isEqualByComparingTo("50.00");
        assertThat(line.weightFormula()).isEqualTo("R-SCO-1: 50 / 1 = 50.00");
        assertThat(line.ruleId()).isEqualTo("R-SCO-3");
        assertThat(line.formula()).isEqualTo("R-SCO-3: 50 × 80 / 100 = 40.00");
        assertThat(line.score()).isEqualByComparingTo("40.00");
        assertThat(line.unroundedScore()).isEqualTo("40");
        assertThat(line.targetMet()).isFalse();
        assertThat(line.deviationExplanation()).isEqualTo("场地不足");
        assertThat(o.missing()).isEmpty();
        assertThat(o.total()).isEqualByComparingTo("90.00");
        assertThat(o.grade()).isEqualTo("优");
    }

    @Test
    void acceptsAPercentageWithOrWithoutItsSign() {
        SelfEvaluationOutcome o = run(complete(), actual(0, "100"), actual(1, "81%"), actual(2, "81"));
        assertThat(o.indicators().get(1).score()).isEqualByComparingTo("27.00"); // 30 × 81 / 90
        assertThat(o.indicators().get(2).score()).isEqualByComparingTo("9.00"); // 10 × 81 / 90
        assertThat(o.indicators().get(2).notes())
                .containsExactly("“81”按 81% 理解（目标为百分比） / '81' read as 81 % (the target is a percentage)");
        assertThat(o.indicators().get(1).notes()).isEmpty();
    }

    @Test
    void roundsEachFigureOnceAndAddsTheExactScores() {
        // 产出 50 split over 3 indicators (16.666…); each reaches half its target: 8.333… each, shown 8.33,
        // while the group is exactly 25.00 (3 × 8.33 would be 24.99)
        TargetTable table = EvaluationTables.table()
                .output("甲", "≥10", null)
                .output("乙", "≥10", null)
                .output("丙", "≥10", null)
                .outcome("就业率", "≥90%", null)
                .satisfaction("满意度", "≥90%", null)
                .build();
        SelfEvaluationOutcome o = rules.run(
                table,
                new SelfEvaluationInput(
                        dec("100.00"),
                        dec("100.00"),
                        null,
                        List.of(
                                actual(0, "5", null, "x"),
                                actual(1, "5", null, "x"),
                                actual(2, "5", null, "x"),
                                actual(3, "90"),
                                actual(4, "90"))),
                DEFAULTS);

        assertThat(o.indicators().subList(0, 3)).allSatisfy(line -> {
            assertThat(line.weight()).isEqualByComparingTo("16.67");
            assertThat(line.score()).isEqualByComparingTo("8.33");
            assertThat(line.unroundedScore()).isEqualTo("8.333333…");
            assertThat(line.formula()).isEqualTo("R-SCO-3: 16.666666… × 5 / 10 = 8.333333… → 8.33");
        });
        assertThat(o.group(ScoringGroup.OUTPUT).orElseThrow().score()).isEqualByComparingTo("25.00");
        assertThat(o.group(ScoringGroup.OUTPUT).orElseThrow().unroundedScore()).isEqualTo("25");
        assertThat(o.total()).isEqualByComparingTo("75.00");
        assertThat(o.grade()).isEqualTo("中");
    }

    @Test
    void reportsAGroupWithoutIndicatorsAndGivesItNothing() {
        // Dongguan 2024 has no 满意度 indicator: its 10 points are not earned
        TargetTable table = EvaluationTables.table()
                .output("培训人次", "≥100人次", null)
                .outcome("就业率", "≥90%", null)
                .placeholder("满意度指标", "服务对象满意度指标")
                .build();
        SelfEvaluationOutcome o = run(table, actual(0, "100"), actual(1, "90"));

        assertThat(o.unscoredGroups()).containsExactly("满意度指标");
        GroupScore satisfaction = o.group(ScoringGroup.SATISFACTION).orElseThrow();
        assertThat(satisfaction.indicatorCount()).isZero();
        assertThat(satisfaction.score()).isEqualByComparingTo("0.00");
        assertThat(satisfaction.note()).contains("10 分未得");
        assertThat(o.total()).isEqualByComparingTo("90.00");
        assertThat(o.indicators()).hasSize(2); // the placeholder row is not an indicator
    }

    @Test
    void countsACentralFrameworkCostIndicatorUnderOutputUnlessCostIsWeighted() {
        TargetTable table = EvaluationTables.table()
                .output("培训人次", "≥100人次", null)
                .indicator("成本指标", "经济成本指标", "人均培训成本", "≤500元", null)
                .outcome("就业率", "≥90%", null)
                .satisfaction("满意度", "≥90%", null)
                .build();
        IndicatorActual[] actuals = {actual(0, "100"), actual(1, "750元"), actual(2, "90"), actual(3, "90")};

        SelfEvaluationOutcome byDefault = run(table, actuals);
        IndicatorScore cost = byDefault.indicators().get(1);
        assertThat(cost.group()).isEqualTo(ScoringGroup.OUTPUT);
        assertThat(cost.weight()).isEqualByComparingTo("25.00");
        assertThat(cost.formula()).isEqualTo("R-SCO-4: 25 × (1 − (750 − 500) / 500) = 12.50");
        assertThat(cost.notes()).anySatisfy(n -> assertThat(n).contains("counted under 产出指标"));
        assertThat(byDefault.group(ScoringGroup.COST)).isEmpty();

        ScoringWeights withCost =
                new ScoringWeights(dec("40"), dec("30"), dec("10"), dec("10"), dec("10"), BigDecimal.ZERO, "cost-10");
        SelfEvaluationOutcome weighted = rules.run(
                table, new SelfEvaluationInput(dec("1000.00"), dec("950.00"), null, List.of(actuals)), withCost);
        assertThat(weighted.indicators().get(1).group()).isEqualTo(ScoringGroup.COST);
        assertThat(weighted.indicators().get(1).score()).isEqualByComparingTo("5.00");
        assertThat(weighted.group(ScoringGroup.COST).orElseThrow().weight()).isEqualByComparingTo("10");
        assertThat(weighted.weightsVersion()).isEqualTo("cost-10");
    }

    @Test
    void listsManagementIndicatorsWithoutScoringThemUnderTheDefaultWeights() {
        TargetTable table = EvaluationTables.table()
                .output("培训人次", "≥100人次", null)
                .indicator("管理类指标", null, "资金使用合规性", "合规", "10")
                .build();
        SelfEvaluationOutcome o = run(table, actual(0, "100"), actual(1, "合规"));

        IndicatorScore management = o.indicators().get(1);
        assertThat(management.group()).isEqualTo(ScoringGroup.MANAGEMENT);
        assertThat(management.ruleId()).isNull();
        assertThat(management.score()).isEqualByComparingTo("0.00");
        assertThat(management.formula()).isEqualTo("R-SCO-1: 管理指标 has weight 0 in weights 2026.1 → not scored");
        assertThat(o.group(ScoringGroup.MANAGEMENT).orElseThrow().note()).contains("listed, not scored");
        assertThat(o.invalid()).isEmpty(); // no qualitative score demanded for a line that is not scored
    }

    @Test
    void scoresQualitativeIndicatorsInsideTheirBand() {
        ScoringWeights withManagement =
                new ScoringWeights(dec("40"), dec("30"), dec("10"), dec("10"), null, dec("10"), "m");
        TargetTable table = EvaluationTables.table()
                .indicator("管理类指标", null, "资金使用合规性", "合规", "8")
                .indicator("管理类指标", null, "财务监控有效性", "有效", "2")
                .build();
        SelfEvaluationOutcome o = rules.run(
                table,
                new SelfEvaluationInput(
                        dec("1.00"),
                        dec("1.00"),
                        null,
                        List.of(actual(0, "合规", "100", null), actual(1, "较有效", "85", "监控措施不完整"))),
                withManagement);

        assertThat(o.indicators().get(0).qualitativeResult()).isEqualTo(QualitativeResult.ACHIEVED);
        assertThat(o.indicators().get(0).score()).isEqualByComparingTo("8.00");
        assertThat(o.indicators().get(0).notes())
                .containsExactly("“合规”对目标“合规”按达成计 / '合规' against target '合规' read as 达成");
        IndicatorScore partial = o.indicators().get(1);
        assertThat(partial.qualitativeResult()).isEqualTo(QualitativeResult.PARTIAL);
        assertThat(partial.score()).isEqualByComparingTo("1.60"); // 85 % is outside 60–80 %: 80 % of 2, provisionally
        assertThat(o.invalid()).singleElement().satisfies(i -> {
            assertThat(i.ruleId()).isEqualTo("R-SCO-6");
            assertThat(i.field()).isEqualTo("actuals[1].qualitativeScorePercent");
            assertThat(i.value()).isEqualTo("85");
            assertThat(i.messageZh()).isEqualTo("第 2 条指标“财务监控有效性”为部分达成，得分比例 85% 不在 60–80% 之间；暂按 80% 计。");
        });
        assertThat(o.missing()).isEmpty();
    }

    @Test
    void requiresADeviationExplanationForMissedAndFarExceededTargets() {
        TargetTable table = EvaluationTables.table()
                .output("新增区级创业孵化基地数量", "≥1个", null)
                .output("培训人次", "≥100人次", null)
                .output("投诉件数", "≤10件", null)
                .outcome("就业率", "≥90%", null)
                .satisfaction("满意度", "满意", null)
                .build();
        SelfEvaluationOutcome o = run(
                table,
                actual(0, "3"),
                actual(1, "129"),
                actual(2, "7"),
                actual(3, "89"),
                actual(4, "部分达成", "70", null));

        assertThat(o.missing())
                .extracting(MissingExplanation::field)
                .containsExactly(
                        "actuals[0].deviationExplanation",
                        "actuals[2].deviationExplanation",
                        "actuals[3].deviationExplanation",
                        "actuals[4].deviationExplanation");
        assertThat(o.missing()).extracting(MissingExplanation::ruleId).containsOnly("R-SCO-8");
        assertThat(o.missing().get(0).messageZh())
                .isEqualTo("第 1 条指标“新增区级创业孵化基地数量”：实际值 3 超过目标 1 的 30% 以上（≥ 1.3），目标可能偏低，须填写偏差原因分析及改进措施。");
        assertThat(o.missing().get(1).messageEn()).contains("undercuts the ceiling 10 by 30 % or more");
        assertThat(o.missing().get(2).messageEn()).contains("the target was missed");
        assertThat(o.missing().get(3).messageZh()).contains("结果为部分达成");
    }

    @Test
    void reportsWhatCannotBeScored() {
        TargetTable table = EvaluationTables.table()
                .output("城镇新增就业人数", "根据下达任务目标要求确定", null)
                .output("培训人次", "≥100人次", null)
                .output("补贴发放准确率", "≥95%", null)
                .outcome("就业率", "≥90%", null)
                .indicator("其他", "", "某指标", "≥1", null)
                .satisfaction("满意度", "≥90%", null)
                .build();
        SelfEvaluationOutcome o =
                run(table, actual(0, "40000"), actual(1, "很多"), actual(2, "达成"), actual(5, "95"), actual(7, "1"));

        assertThat(o.invalid())
                .extracting(InvalidInput::field)
                .containsExactly(
                        "actuals[4].indicatorIndex", // index 7 is not in the table
                        "table.indicators[4].level1", // 一级 其他 is no scoring group
                        "table.indicators[0].annualValue", // not a target
                        "actuals[1].actual", // not a figure
                        "actuals[2].actual", // a quantitative target needs the figure, not 达成
                        "actuals"); // 就业率 has no actual
        assertThat(o.invalid().get(4).messageZh()).contains("定量指标须填写实际数值");
        assertThat(o.indicators().get(0).formula()).isEqualTo("no target to score against → 0 = 0.00");
        assertThat(o.indicators().get(0).ruleId()).isNull();
        assertThat(o.indicators().get(4).group()).isNull();
        assertThat(o.indicators().get(4).formula()).contains("belongs to no scoring group");
        assertThat(o.indicators())
                .extracting(IndicatorScore::targetMet)
                .containsExactly(null, null, null, null, null, true);
        assertThat(o.acceptable()).isFalse();
        assertThat(o.total()).isEqualByComparingTo("20.00"); // only 满意度 10 and 预算执行率 10
    }

    @Test
    void usesGivenWeightsAndScalesThemToTheGroupWeight() {
        TargetTable table = EvaluationTables.table()
                .output("甲", "≥10", "30")
                .output("乙", "≥10", "10")
                .outcome("丙", "≥10", "15")
                .outcome("丁", "≥10", null)
                .build();
        SelfEvaluationOutcome o = run(table, actual(0, "10"), actual(1, "10"), actual(2, "10"), actual(3, "10"));

        assertThat(o.indicators())
                .extracting(IndicatorScore::weight)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("37.50", "12.50", "15.00", "15.00");
        assertThat(o.indicators().get(0).weightFormula()).isEqualTo("R-SCO-1: given 30 × 50 / 40 (Σ given) = 37.50");
        assertThat(o.indicators().get(3).weightFormula())
                .isEqualTo("R-SCO-1: not given, shares what the given weights leave: (30 − 15) / 1 = 15.00");
        assertThat(o.total()).isEqualByComparingTo("90.00"); // 满意度 has no indicator
    }

    @Test
    void treatsANegativeWeightAsNotGiven() {
        TargetTable table = EvaluationTables.table()
                .output("甲", "≥10", "-5")
                .output("乙", "≥10", "20")
                .build();
        SelfEvaluationOutcome o = run(table, actual(0, "10"), actual(1, "10"));
        assertThat(o.invalid()).extracting(InvalidInput::field).containsExactly("table.indicators[0].weight");
        assertThat(o.indicators())
                .extracting(IndicatorScore::weight)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("30.00", "20.00");
    }

    @Test
    void summarisesTasksWithTheirIndicators() {
        TargetTable table = EvaluationTables.table()
                .task("创业孵化", "2000000.00")
                .task("就业补贴", "5000000.00")
                .task("宣传", null)
                .indicator("产出指标", "数量指标", "孵化基地", "≥1个", null, 0)
                .indicator("产出指标", "质量指标", "发放准确率", "≥95%", null, 1)
                .indicator("效益指标", "社会效益指标", "新增就业", "≥100人", null, 1)
                .build();
        SelfEvaluationOutcome o = rules.run(
                table,
                new SelfEvaluationInput(
                        dec("7000000.00"),
                        dec("6650000.00"),
                        null,
                        List.of(actual(0, "1"), actual(1, "100"), actual(2, "50", null, "经济下行")),
                        List.of(
                                new TaskActual(0, dec("1900000.00")),
                                new TaskActual(1, dec("4750000.00")),
                                new TaskActual(5, dec("1.00")))),
                DEFAULTS);

        assertThat(o.tasks()).hasSize(3);
        TaskSummary second = o.tasks().get(1);
        assertThat(second.name()).isEqualTo("就业补贴");
        assertThat(second.planned()).isEqualByComparingTo("5000000.00");
        assertThat(second.actual()).isEqualByComparingTo("4750000.00");
        assertThat(second.executionRatePercent()).isEqualByComparingTo("95.00");
        assertThat(second.indicators()).extracting(IndicatorScore::name).containsExactly("发放准确率", "新增就业");
        assertThat(second.weight()).isEqualByComparingTo("55.00"); // 25 + 30
        assertThat(second.score()).isEqualByComparingTo("40.00"); // 25 + 30 × 50 / 100
        assertThat(o.tasks().get(2).actual()).isNull();
        assertThat(o.tasks().get(2).executionRatePercent()).isNull();
        assertThat(o.invalid()).extracting(InvalidInput::field).containsExactly("tasks[2].taskIndex");
    }

    @Test
    void refusesWeightsThatDoNotMakeAHundred() {
        assertThatThrownBy(() -> new ScoringWeights(dec("50"), dec("30"), dec("10"), dec("5"), "bad"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("95");
        assertThatThrownBy(() -> new ScoringWeights(dec("60"), dec("30"), dec("20"), dec("-10"), "bad"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoringWeights.defaults()).satisfies(w -> {
            assertThat(w.output()).isEqualByComparingTo("50");
            assertThat(w.outcome()).isEqualByComparingTo("30");
            assertThat(w.satisfaction()).isEqualByComparingTo("10");
            assertThat(w.budgetExecution()).isEqualByComparingTo("10");
            assertThat(w.costCountsAsOutput()).isTrue();
            assertThat(w.management()).isEqualByComparingTo("0");
        });
    }

    @Test
    void refusesNumbersBeyondWhatTheRulesAreFor() {
        // exact arithmetic must not be asked for 10^999999999 by a hostile request
        BigDecimal tiny = new BigDecimal("1E-999999999");
        BigDecimal huge = new BigDecimal("1E+999999999");
        assertThatThrownBy(() -> new IndicatorActual(0, "达成", tiny, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfEvaluationInput(huge, BigDecimal.ONE, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskActual(0, huge)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitoringInput(6, BigDecimal.ONE, tiny, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitoringThresholds(BigDecimal.ZERO, huge))
                .isInstanceOf(IllegalArgumentException.class);

        TargetTable table = EvaluationTables.table()
                .output("甲", "≥10", null)
                .output("乙", "≥10", "20")
                .build();
        TargetTable hostile = new TargetTable(
                table.departmentName(),
                table.fiscalYear(),
                null,
                null,
                null,
                null,
                table.amounts(),
                null,
                List.of(),
                List.of(
                        new org.budgetperf.budget.domain.IndicatorLine("产出指标", "数量指标", "甲", null, "≥10", huge, null),
                        table.indicators().get(1)));
        SelfEvaluationOutcome o = run(hostile, actual(0, "10"), actual(1, "10"));
        assertThat(o.invalid()).extracting(InvalidInput::field).containsExactly("table.indicators[0].weight");
        assertThat(o.indicators())
                .extracting(IndicatorScore::weight)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("30.00", "20.00");
    }

    @Test
    void assignsGroupsByTheWordsOfTheLevels() {
        assertThat(ScoringGroup.of("产出类指标", null)).contains(ScoringGroup.OUTPUT);
        assertThat(ScoringGroup.of("数量指标", null)).contains(ScoringGroup.OUTPUT); // Yuzhong row 11
        assertThat(ScoringGroup.of("效益类指标", null)).contains(ScoringGroup.OUTCOME);
        assertThat(ScoringGroup.of("满意度类指标", null)).contains(ScoringGroup.SATISFACTION);
        assertThat(ScoringGroup.of("管理类指标", null)).contains(ScoringGroup.MANAGEMENT);
        assertThat(ScoringGroup.of("产出指标", "成本指标")).contains(ScoringGroup.OUTPUT); // Guangdong
        assertThat(ScoringGroup.of("成本指标", "经济成本指标")).contains(ScoringGroup.COST); // central
        assertThat(ScoringGroup.of(null, "服务对象满意度指标")).contains(ScoringGroup.SATISFACTION);
        assertThat(ScoringGroup.of("", "可持续影响指标")).contains(ScoringGroup.OUTCOME);
        assertThat(ScoringGroup.of("其他", "")).isEmpty();
    }
}
