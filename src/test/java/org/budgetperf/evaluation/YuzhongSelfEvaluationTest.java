package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.evaluation.domain.GroupScore;
import org.budgetperf.evaluation.domain.IndicatorActual;
import org.budgetperf.evaluation.domain.IndicatorScore;
import org.budgetperf.evaluation.domain.InvalidInput;
import org.budgetperf.evaluation.domain.MissingExplanation;
import org.budgetperf.evaluation.domain.QualitativeResult;
import org.budgetperf.evaluation.domain.ScoringGroup;
import org.budgetperf.evaluation.domain.ScoringWeights;
import org.budgetperf.evaluation.domain.SelfEvaluationInput;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.evaluation.domain.SelfEvaluationRuleSet;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FindingSeverity;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end on a real form: the filled-in 渝中区就业补助资金 2021年度项目支出绩效自评表 (src/test/resources/real/) is read, scored
 * by the self-evaluation rules, and every line is checked against a calculation by hand, written out below.
 *
 * <h2>What the form says</h2>
 * 全年预算数 7574 万元, 全年执行数 6643 万元; 15 indicators with operator, target, unit, weight and actual, plus the
 * 预算执行率 row (≥ 90 %, weight 8, actual stored as 0.88 in a cell formatted {@code 0%}, so it shows 88%). Its own
 * weights: 产出 15 + 5 × 5 = 40, 效益 5 + 5 + 5 = 15, 满意度 15, 管理类 10 + 2 + 6 + 2 + 2 = 22 (+ 预算执行率 8) = 100.
 *
 * <h2>Hand calculation under the default weights 2026.1 (产出 50, 效益 30, 满意度 10, 预算执行率 10)</h2>
 * R-SCO-1: the given weights are scaled to the group weight: 产出 × 50 / 40, 效益 × 30 / 15, 满意度 × 10 / 15. 管理类
 * has weight 0 under 2026.1 (财预〔2020〕10号 weighs no management group): listed, not scored.
 * <pre>
 *  #  指标                              target     actual  form w  weight                   rule     score
 *  0  新增区级创业孵化基地数量           ≥1个       3个     15      15 × 50 / 40 = 18.75     R-SCO-3  3 ≥ 1 → full  18.75
 *  1  社会保险补贴发放准确率             ≥95%       100%    5       5 × 50 / 40 = 6.25       R-SCO-3  100 ≥ 95      6.25
 *  2  就业见习补贴发放准确率             ≥95%       100%    5       6.25                     R-SCO-3  100 ≥ 95      6.25
 *  3  公益性岗位补贴发放准确率           ≥95%       100%    5       6.25                     R-SCO-3  100 ≥ 95      6.25
 *  4  就业见习补贴发放及时率             ≥95%       100%    5       6.25                     R-SCO-3  100 ≥ 95      6.25
 *  5  低保就业补贴发放及时率             ≥95%       100%    5       6.25                     R-SCO-3  100 ≥ 95      6.25
 *                                                                                    产出 subtotal 18.75 + 5 × 6.25 = 50.00
 *  6  城镇新增就业人数                   ≥39500人   49358人 5       5 × 30 / 15 = 10         R-SCO-3  49358 ≥ 39500 10.00
 *  7  零就业家庭帮扶率                   =100%      100%    5       10                       R-SCO-5  100 ≥ 100     10.00
 *  8  年末应届离校未就业高效毕业生就业率 ≥90%       92%     5       10                       R-SCO-3  92 ≥ 90       10.00
 *                                                                                    效益 subtotal                  30.00
 *  9  公共就业服务满意度                 ≥90%       90%     15      15 × 10 / 15 = 10        R-SCO-3  90 ≥ 90       10.00
 *                                                                                    满意度 subtotal                10.00
 * 10  资金使用合规性                     合规       合规    10      0 (管理类 not weighted)  —                       0.00
 * 11  财务监控有效性                     有效       较有效  2       0                        —                       0.00
 * 12  绩效目标明确性                     明确       明确    6       0                        —                       0.00
 * 13  政府采购程序性                     合规       合规    2       0                        —                       0.00
 * 14  管理制度健全性                     健全       较健全  2       0                        —                       0.00
 * </pre>
 * R-SCO-2 预算执行率: 6643 / 7574 万元 = 66,430,000.00 / 75,740,000.00 元 = 87.7079…% → 87.71 %. The form's 0.88 is
 * the same ratio rounded to a whole percent: it is a fraction, 0.88 = 88 %, because the cell is formatted as a
 * percentage and 6643 / 7574 = 0.877…; it is read as 88% and compared (EXECUTION_RATE_STATED, INFO: they agree at
 * the stated precision), but the score uses the amounts. Either way the rate is in the first 5 % below 90 %
 * (90 − 87.71 = 2.29; 90 − 88 = 2): ⌈2.29 / 5⌉ = 1 point deducted, 10 − 1 = <b>9.00</b>. Below 90 % a reason is
 * required and the form gives none (missing).
 * <p>Total = 50.00 + 30.00 + 10.00 + 9.00 = <b>99.00 → 优</b> (R-SCO-7: ≥ 90).
 * <p>R-SCO-8: 新增区级创业孵化基地数量 reached 3 against ≥ 1, i.e. ≥ 1.3 × target: the target was probably set too
 * low and an explanation is required (the form's 说明 row holds only the template's instruction). 城镇新增就业人数
 * 49358 / 39500 = 1.2496 stays below 1.3; the rates reach at most 100 / 95 = 1.05. So two explanations are missing:
 * R-SCO-8 for indicator 0 and the R-SCO-2 reason.
 *
 * <h2>Hand calculation under the form's own weights (40 / 15 / 15 / 管理 22 / 预算执行率 8)</h2>
 * The quantitative lines keep their form weights: 产出 15 + 5 × 5 = 40.00, 效益 15.00, 满意度 15.00, all met.
 * 管理类 is qualitative (R-SCO-6). The actual is written in the target's own word, read as: 合规 for 合规 → 达成, 明确
 * for 明确 → 达成, 较有效 for 有效 → 部分达成, 较健全 for 健全 → 部分达成. The form has no scores, so the evaluator's
 * percentage has to be supplied; this test assumes 100 % for 达成 and 70 % for 部分达成 (inside 80–100 and 60–80):
 * <pre>
 * 10  资金使用合规性  达成      10 × 100 / 100 = 10.00
 * 11  财务监控有效性  部分达成   2 × 70 / 100  =  1.40
 * 12  绩效目标明确性  达成       6 × 100 / 100 =  6.00
 * 13  政府采购程序性  达成       2 × 100 / 100 =  2.00
 * 14  管理制度健全性  部分达成   2 × 70 / 100  =  1.40
 *                                   管理 subtotal 20.80
 * </pre>
 * 预算执行率 weight 8: 87.71 % → 8 − 1 = 7.00 (one point, not one eighth: the form's rule is "每低于5%扣1分").
 * Total = 40 + 15 + 15 + 20.80 + 7 = <b>97.80 → 优</b>. Without the evaluator's percentages the five lines score
 * their band's lower edge provisionally (8.00 + 1.20 + 4.80 + 1.60 + 1.20 = 16.80, total 93.80) and each is an
 * InvalidInput asking for the score.
 */
class YuzhongSelfEvaluationTest {

    private static SelfEvaluationForm form;
    private static final SelfEvaluationRuleSet RULES = new SelfEvaluationRuleSet();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = RealData.stream(RealData.YUZHONG_2021)) {
            form = new SelfEvaluationFormReader().read(in);
        }
    }

    // ------------------------------------------------------------------ reading

    @Test
    void readsTheHeaderAndTheBudgetBlockByTheirLabels() {
        assertThat(form.title()).isEqualTo("2021年度项目支出绩效自评表");
        assertThat(form.fiscalYear()).isEqualTo(2021);
        assertThat(form.projectName()).isEqualTo("就业补助资金");
        assertThat(form.implementingUnit()).isEqualTo("渝中区就业和人才中心");
        assertThat(form.competentDepartment()).isEqualTo("渝中区人力资源和社会保障局");
        assertThat(form.contact()).isEqualTo("向俐");
        // 7574 and 6643 万元, converted exactly to 元
        assertThat(form.adjustedBudget()).isEqualByComparingTo("75740000.00");
        assertThat(form.spent()).isEqualByComparingTo("66430000.00");
        assertThat(form.amount(SelfEvaluationForm.AmountKind.INITIAL_BUDGET)).isNull(); // not on this form
        assertThat(form.amounts())
                .extracting(SelfEvaluationForm.Amount::location)
                .containsExactly("B5", "F5");
        assertThat(form.annualGoal()).isEqualTo("城镇新增就业人数39500人，零就业家庭帮扶率100%");
        assertThat(form.goalAchievement()).isEqualTo("城镇新增就业人数49358人，零就业家庭帮扶率100%");
        assertThat(form.explanation()).isNull(); // the 说明 row holds the template's instruction only
    }

    @ParameterizedTest(name = "{0}: {2} {3}, weight {4}, actual {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                // index | level1 | name | target | weight | actual | location
                "0  | 产出指标     | 新增区级创业孵化基地数量           | ≥1个      | 15 | 3个     | B11",
                "1  | 产出类指标   | 社会保险补贴发放准确率             | ≥95%      | 5  | 100%    | B12",
                "2  | 产出类指标   | 就业见习补贴发放准确率             | ≥95%      | 5  | 100%    | B13",
                "3  | 产出类指标   | 公益性岗位补贴发放准确率           | ≥95%      | 5  | 100%    | B14",
                "4  | 产出类指标   | 就业见习补贴发放及时率             | ≥95%      | 5  | 100%    | B15",
                "5  | 产出类指标   | 低保就业补贴发放及时率             | ≥95%      | 5  | 100%    | B16",
                "6  | 效益类指标   | 城镇新增就业人数                   | ≥39500人  | 5  | 49358人 | B17",
                "7  | 效益类指标   | 零就业家庭帮扶率                   | =100%     | 5  | 100%    | B18",
                "8  | 效益类指标   | 年末应届离校未就业高效毕业生就业率 | ≥90%      | 5  | 92%     | B19",
                "9  | 满意度类指标 | 公共就业服务满意度                 | ≥90%      | 15 | 90%     | B20",
                "10 | 管理类指标   | 资金使用合规性                     | 合规      | 10 | 合规    | B22",
                "11 | 管理类指标   | 财务监控有效性                     | 有效      | 2  | 较有效  | B23",
                "12 | 管理类指标   | 绩效目标明确性                     | 明确      | 6  | 明确    | B24",
                "13 | 管理类指标   | 政府采购程序性                     | 合规      | 2  | 合规    | B25",
                "14 | 管理类指标   | 管理制度健全性                     | 健全      | 2  | 较健全  | B26",
            })
    void readsEveryIndicatorRow(
            int index, String level1, String name, String target, String weight, String actual, String location) {
        SelfEvaluationForm.Indicator row = form.indicators().get(index);
        assertThat(row.level1()).isEqualTo(level1);
        assertThat(row.name()).isEqualTo(name);
        assertThat(row.target()).isEqualTo(target);
        assertThat(row.weight()).isEqualByComparingTo(weight);
        assertThat(row.actual()).isEqualTo(actual);
        assertThat(row.location()).isEqualTo(location);
        assertThat(row.statedScore()).isNull();
        assertThat(row.standard()).isNotBlank();
    }

    @Test
    void keepsThePiecesOfTheTargetAsWritten() {
        SelfEvaluationForm.Indicator rate = form.indicators().get(1);
        assertThat(List.of(rate.nature(), rate.value(), rate.unit(), rate.actualAsWritten()))
                .containsExactly("≥", "95", "%", "100");
        SelfEvaluationForm.Indicator compliance = form.indicators().get(10);
        assertThat(List.of(compliance.nature(), compliance.value(), compliance.unit()))
                .containsExactly("无", "合规", "无");
        assertThat(form.indicators()).hasSize(15);
        assertThat(form.indicators().get(0).level2()).isEqualTo("数量指标"); // written in the type column
    }

    @Test
    void keepsTheBudgetExecutionRowApartAndReadsItsZeroPointEightEightAsEightyEightPercent() {
        SelfEvaluationForm.Indicator row = form.budgetExecution();
        assertThat(row.name()).isEqualTo("预算执行率");
        assertThat(row.target()).isEqualTo("≥90%");
        assertThat(row.weight()).isEqualByComparingTo("8");
        assertThat(row.actualAsWritten()).isEqualTo("88%"); // stored 0.88 in a 0% cell
        assertThat(row.location()).isEqualTo("B21");
        assertThat(form.findings(FindingCodes.PERCENT_FORMAT_APPLIED))
                .singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo("G21"));
        assertThat(form.findings(FindingCodes.EXECUTION_RATE_STATED))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(FindingSeverity.INFO);
                    assertThat(f.message()).contains("88%", "87.71%", "the same at the stated precision");
                });
    }

    @Test
    void reportsWhatItInterpreted() {
        Map<String, List<String>> expected = Map.of(
                FindingCodes.LEVEL1_INFERRED, List.of("A11"), // 数量指标 written as type
                FindingCodes.LINE_BREAKS_JOINED, List.of("B11", "B14"), // 新增区级创业孵化基地\n数量, 公益性岗位补贴发放准\n确率
                FindingCodes.UNIT_CONVERTED, List.of("A4"), // 项目预算执行情况（万元）
                FindingCodes.TOTAL_ROW_IGNORED, List.of("A27"),
                FindingCodes.TEMPLATE_PROMPT_IGNORED, List.of("B28"),
                FindingCodes.TRAILING_ROWS_IGNORED, List.of("A29"));
        expected.forEach((code, locations) -> assertThat(form.findings(code))
                .as(code)
                .extracting(ImportFinding::location)
                .containsExactlyElementsOf(locations));
        assertThat(form.findings()).noneMatch(f -> f.severity() == FindingSeverity.ERROR);
    }

    @Test
    void declaresItsOwnWeights() {
        ScoringWeights w = form.declaredWeights("yuzhong-2021-form").orElseThrow();
        assertThat(List.of(w.output(), w.outcome(), w.satisfaction(), w.budgetExecution(), w.management()))
                .extracting(BigDecimal::toPlainString)
                .containsExactly("40", "15", "15", "8", "22");
        assertThat(w.cost()).isNull();
    }

    // ------------------------------------------------------------------ scoring under 2026.1

    private static SelfEvaluationOutcome scoredWithDefaults() {
        return RULES.run(form.toTargetTable(), form.toSelfEvaluationInput(), ScoringWeights.defaults());
    }

    @ParameterizedTest(name = "{0} {1}: weight {3}, {4} = {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                // index | name | group | weight | formula | score
                "0  | 新增区级创业孵化基地数量           | OUTPUT       | 18.75 | R-SCO-3: 3 ≥ 1 → full weight = 18.75          | 18.75",
                "1  | 社会保险补贴发放准确率             | OUTPUT       | 6.25  | R-SCO-3: 100 ≥ 95 → full weight = 6.25        | 6.25",
                "2  | 就业见习补贴发放准确率             | OUTPUT       | 6.25  | R-SCO-3: 100 ≥ 95 → full weight = 6.25        | 6.25",
                "3  | 公益性岗位补贴发放准确率           | OUTPUT       | 6.25  | R-SCO-3: 100 ≥ 95 → full weight = 6.25        | 6.25",
                "4  | 就业见习补贴发放及时率             | OUTPUT       | 6.25  | R-SCO-3: 100 ≥ 95 → full weight = 6.25        | 6.25",
                "5  | 低保就业补贴发放及时率             | OUTPUT       | 6.25  | R-SCO-3: 100 ≥ 95 → full weight = 6.25        | 6.25",
                "6  | 城镇新增就业人数                   | OUTCOME      | 10.00 | R-SCO-3: 49358 ≥ 39500 → full weight = 10.00  | 10.00",
                "7  | 零就业家庭帮扶率                   | OUTCOME      | 10.00 | R-SCO-5: 100 ≥ 100 → full weight = 10.00      | 10.00",
                "8  | 年末应届离校未就业高效毕业生就业率 | OUTCOME      | 10.00 | R-SCO-3: 92 ≥ 90 → full weight = 10.00        | 10.00",
                "9  | 公共就业服务满意度                 | SATISFACTION | 10.00 | R-SCO-3: 90 ≥ 90 → full weight = 10.00        | 10.00",
                "10 | 资金使用合规性                     | MANAGEMENT   | 0.00  | R-SCO-1: 管理指标 has weight 0 in weights 2026.1 → not scored | 0.00",
                "11 | 财务监控有效性                     | MANAGEMENT   | 0.00  | R-SCO-1: 管理指标 has weight 0 in weights 2026.1 → not scored | 0.00",
                "12 | 绩效目标明确性                     | MANAGEMENT   | 0.00  | R-SCO-1: 管理指标 has weight 0 in weights 2026.1 → not scored | 0.00",
                "13 | 政府采购程序性                     | MANAGEMENT   | 0.00  | R-SCO-1: 管理指标 has weight 0 in weights 2026.1 → not scored | 0.00",
                "14 | 管理制度健全性                     | MANAGEMENT   | 0.00  | R-SCO-1: 管理指标 has weight 0 in weights 2026.1 → not scored | 0.00",
            })
    void scoresEachLineAsCalculatedByHand(
            int index, String name, ScoringGroup group, String weight, String formula, String score) {
        IndicatorScore line = scoredWithDefaults().indicators().get(index);
        assertThat(line.indicatorIndex()).isEqualTo(index);
        assertThat(line.name()).isEqualTo(name);
        assertThat(line.group()).isEqualTo(group);
        assertThat(line.weight()).isEqualByComparingTo(weight);
        assertThat(line.formula()).isEqualTo(formula);
        assertThat(line.score()).isEqualByComparingTo(score);
        assertThat(line.score().scale()).isEqualTo(2);
    }

    @Test
    void showsHowEachWeightWasFound() {
        List<IndicatorScore> lines = scoredWithDefaults().indicators();
        assertThat(lines.get(0).weightFormula()).isEqualTo("R-SCO-1: given 15 × 50 / 40 (Σ given) = 18.75");
        assertThat(lines.get(1).weightFormula()).isEqualTo("R-SCO-1: given 5 × 50 / 40 (Σ given) = 6.25");
        assertThat(lines.get(6).weightFormula()).isEqualTo("R-SCO-1: given 5 × 30 / 15 (Σ given) = 10.00");
        assertThat(lines.get(9).weightFormula()).isEqualTo("R-SCO-1: given 15 × 10 / 15 (Σ given) = 10.00");
        // targets raw and parsed
        assertThat(lines.get(6).target().raw()).isEqualTo("≥39500人");
        assertThat(lines.get(6).target().operator()).isEqualTo(Operator.GE);
        assertThat(lines.get(6).target().number()).isEqualByComparingTo("39500");
        assertThat(lines.get(7).target().operator()).isEqualTo(Operator.EQ);
        assertThat(lines.get(6).actual()).isEqualTo("49358人");
    }

    @Test
    void addsUpTheGroupsTheBudgetExecutionAndTheTotalAsCalculatedByHand() {
        SelfEvaluationOutcome o = scoredWithDefaults();

        assertThat(o.ruleSetVersion()).isEqualTo("2026.2");
        assertThat(o.weightsVersion()).isEqualTo("2026.1");
        assertThat(o.groups())
                .extracting(
                        GroupScore::name,
                        g -> g.weight().toPlainString(),
                        GroupScore::indicatorCount,
                        g -> g.score().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("产出指标", "50", 6, "50.00"),
                        org.assertj.core.groups.Tuple.tuple("效益指标", "30", 3, "30.00"),
                        org.assertj.core.groups.Tuple.tuple("满意度指标", "10", 1, "10.00"),
                        org.assertj.core.groups.Tuple.tuple("管理指标", "0", 5, "0.00"));
        assertThat(o.budgetExecution().ratePercent()).isEqualByComparingTo("87.71");
        assertThat(o.budgetExecution().deductedPoints()).isEqualTo(1);
        assertThat(o.budgetExecution().score()).isEqualByComparingTo("9.00");
        assertThat(o.budgetExecution().formula())
                .isEqualTo("R-SCO-2: 66,430,000.00 / 75,740,000.00 × 100 = 87.707948… → 87.71 %"
                        + " < 90 %: 90 − 87.71 = 2.29, ⌈2.29 / 5⌉ = 1 point deducted: max(0, 10 − 1) = 9.00");
        assertThat(o.total()).isEqualByComparingTo("99.00");
        assertThat(o.unroundedTotal()).isEqualTo("99");
        assertThat(o.grade()).isEqualTo("优");
        assertThat(o.unscoredGroups()).isEmpty();
        assertThat(o.invalid()).isEmpty();
        assertThat(o.missing())
                .extracting(MissingExplanation::ruleId, MissingExplanation::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R-SCO-8", "actuals[0].deviationExplanation"),
                        org.assertj.core.groups.Tuple.tuple("R-SCO-2", "executionShortfallReason"));
        assertThat(o.acceptable()).isFalse();
    }

    // ------------------------------------------------------------------ scoring under the form's own weights

    /** The form's input with the evaluator's percentages this test assumes: 达成 100 %, 部分达成 70 %. */
    private static SelfEvaluationInput withEvaluatorScores(SelfEvaluationInput input) {
        List<IndicatorActual> actuals = new ArrayList<>();
        for (IndicatorActual a : input.actuals()) {
            BigDecimal percent = switch (a.actual()) {
                case "合规", "明确" -> BigDecimal.valueOf(100);
                case "较有效", "较健全" -> BigDecimal.valueOf(70);
                default -> null;
            };
            actuals.add(new IndicatorActual(a.indicatorIndex(), a.actual(), percent, a.deviationExplanation()));
        }
        return new SelfEvaluationInput(
                input.adjustedBudget(), input.spent(), input.executionShortfallReason(), actuals);
    }

    @Test
    void scoresTheFormUnderItsOwnWeightsAsCalculatedByHand() {
        ScoringWeights own = form.declaredWeights("yuzhong-2021-form").orElseThrow();
        SelfEvaluationOutcome o =
                RULES.run(form.toTargetTable(), withEvaluatorScores(form.toSelfEvaluationInput()), own);

        assertThat(o.indicators())
                .extracting(l -> l.score().toPlainString())
                .containsExactly(
                        "15.00", "5.00", "5.00", "5.00", "5.00", "5.00", // 产出 40
                        "5.00", "5.00", "5.00", // 效益 15
                        "15.00", // 满意度 15
                        "10.00", "1.40", "6.00", "2.00", "1.40"); // 管理 20.80
        assertThat(o.indicators().subList(10, 15))
                .extracting(IndicatorScore::qualitativeResult)
                .containsExactly(
                        QualitativeResult.ACHIEVED,
                        QualitativeResult.PARTIAL,
                        QualitativeResult.ACHIEVED,
                        QualitativeResult.ACHIEVED,
                        QualitativeResult.PARTIAL);
        assertThat(o.indicators().get(11).formula())
                .isEqualTo("R-SCO-6: 部分达成, 70 % (band 60–80 %): 2 × 70 / 100 = 1.40");
        assertThat(o.indicators().get(11).notes())
                .containsExactly("“较有效”对目标“有效”按部分达成计 / '较有效' against target '有效' read as 部分达成");
        assertThat(o.group(ScoringGroup.MANAGEMENT).orElseThrow().score()).isEqualByComparingTo("20.80");
        assertThat(o.budgetExecution().score()).isEqualByComparingTo("7.00");
        assertThat(o.total()).isEqualByComparingTo("97.80");
        assertThat(o.grade()).isEqualTo("优");
        assertThat(o.invalid()).isEmpty();
        assertThat(o.missing())
                .extracting(MissingExplanation::field)
                .containsExactly(
                        "actuals[0].deviationExplanation", // 3 against ≥ 1
                        "actuals[11].deviationExplanation", // 部分达成
                        "actuals[14].deviationExplanation", // 部分达成
                        "executionShortfallReason");
    }

    @Test
    void asksForTheEvaluatorsScoresTheFormDoesNotCarry() {
        ScoringWeights own = form.declaredWeights("yuzhong-2021-form").orElseThrow();
        SelfEvaluationOutcome o = RULES.run(form.toTargetTable(), form.toSelfEvaluationInput(), own);

        // provisionally the band's lower edge: 10 × 80 % + 2 × 60 % + 6 × 80 % + 2 × 80 % + 2 × 60 % = 16.80
        assertThat(o.group(ScoringGroup.MANAGEMENT).orElseThrow().score()).isEqualByComparingTo("16.80");
        assertThat(o.total()).isEqualByComparingTo("93.80");
        assertThat(o.invalid())
                .extracting(InvalidInput::field)
                .containsExactly(
                        "actuals[10].qualitativeScorePercent",
                        "actuals[11].qualitativeScorePercent",
                        "actuals[12].qualitativeScorePercent",
                        "actuals[13].qualitativeScorePercent",
                        "actuals[14].qualitativeScorePercent");
    }
}
