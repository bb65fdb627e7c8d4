package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTCOME;
import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.SATISFACTION;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class FrameworkPairRuleTest {

    private final FrameworkPairRule rule = new FrameworkPairRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void passesDongguan2024AndZhanjiang2023() {
        assertEquals("R-FW-1", assertPass(check(ReviewTables.dongguan2024())).ruleId());
        assertPass(check(ReviewTables.zhanjiang2023()));
    }

    @Test
    void reportsZhanjiang2024Quality二级UnderOutcomesAndTheTruncatedServiceObject二级AsErrors() {
        List<ReviewFinding> found = check(ReviewTables.zhanjiang2024());

        // rows 28–31: 效益指标/质量指标; rows 34–37: 满意度指标/服务对象
        assertEquals(
                List.of(
                        "indicators[11].level2",
                        "indicators[12].level2",
                        "indicators[13].level2",
                        "indicators[14].level2",
                        "indicators[17].level2",
                        "indicators[18].level2",
                        "indicators[19].level2",
                        "indicators[20].level2"),
                targets(found));
        assertTrue(found.stream()
                .allMatch(f -> f.severity() == Severity.ERROR && f.status() == RuleStatus.FAIL && f.isBlocking()));
        assertEquals(
                List.of(11, 12, 13, 14, 17, 18, 19, 20),
                found.stream().map(ReviewFinding::indicatorIndex).toList());

        ReviewFinding quality = found.get(0);
        assertTrue(
                quality.messageZh().contains("指标「全市城乡居民养老保险覆盖面」的一级/二级（效益指标，质量指标）不在指标框架" + " guangdong-city-2024 中"),
                quality.messageZh());
        assertTrue(quality.messageZh().contains("二级「质量指标」在框架中属于一级「产出指标」，不属于「效益指标」"), quality.messageZh());
        assertTrue(quality.messageEn().contains("'质量指标' belongs to '产出指标', not to '效益指标'"), quality.messageEn());

        ReviewFinding truncated = found.get(4);
        assertTrue(truncated.messageZh().contains("「服务对象」不是框架的二级指标，是否应为「服务对象满意度指标」？"), truncated.messageZh());
        assertTrue(truncated.messageEn().contains("did you mean '服务对象满意度指标'?"), truncated.messageEn());
    }

    @Test
    void pointsAtThe一级WhenItIsNotInTheFrameworkOrBlank() {
        TargetTable t = ReviewTables.withIndicators(
                ind("成本指标", "经济成本指标", "单位成本", "≤100元"), ind(null, "服务对象满意度指标", "群众满意度", "≥90%"));

        List<ReviewFinding> found = check(t);
        assertEquals(List.of("indicators[0].level1", "indicators[1].level1"), targets(found));
        assertTrue(
                found.get(0).messageZh().contains("「成本指标」不是框架的一级指标；框架的一级为 产出指标、效益指标、满意度指标"),
                found.get(0).messageZh());
        assertTrue(
                found.get(1).messageZh().contains("一级指标为空；二级「服务对象满意度指标」在框架中属于一级「满意度指标」"),
                found.get(1).messageZh());
    }

    @Test
    void listsTheAllowed二级WhenNoHintFits() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(OUTCOME, "政治效益指标", "政治引领程度", "优"), ind(OUTPUT, null, "次数", "≥1次"), ind(OUTPUT, "指标", "篇数", "≥1篇")));

        assertEquals(List.of("indicators[0].level2", "indicators[1].level2", "indicators[2].level2"), targets(found));
        // "指标" is contained in all four 二级 of 产出指标: no single suggestion, the list instead
        assertTrue(
                found.get(2).messageZh().contains("「产出指标」下可选 数量指标、质量指标、时效指标、成本指标"),
                found.get(2).messageZh());
        assertFalse(found.get(2).messageZh().contains("是否应为"), found.get(2).messageZh());
        assertTrue(
                found.get(0).messageZh().contains("「效益指标」下可选 经济效益指标、社会效益指标、生态效益指标、可持续影响指标"),
                found.get(0).messageZh());
        assertFalse(found.get(0).messageZh().contains("是否应为"), found.get(0).messageZh());
        assertTrue(found.get(1).messageZh().contains("二级指标为空"), found.get(1).messageZh());
    }

    @Test
    void ignoresSurroundingWhiteSpaceAndPlaceholders() {
        TargetTable t = ReviewTables.withIndicators(
                ind(" 满意度指标", "服务对象满意度指标\u3000", "群众满意度", "≥90%"), ReviewTables.placeholder("成本指标", "不存在的二级"));

        assertPass(check(t));
    }

    @Test
    void cannotVerifyWithoutAFramework() {
        List<ReviewFinding> found = rule.check(ReviewTables.zhanjiang2024(), null);

        assertEquals(1, found.size());
        assertEquals(RuleStatus.NOT_VERIFIABLE, found.get(0).status());
        assertEquals("indicators", found.get(0).target());
        assertFalse(found.get(0).isBlocking());
    }

    @Test
    void checksAgainstTheTablesOwnFramework() {
        // Under the 2021 central framework 成本指标 is a 一级; Dongguan's 产出指标/成本指标 is then not a pair.
        var central = new org.budgetperf.budget.indicator.domain.IndicatorFramework(
                "central-2021",
                "中央",
                List.of(
                        new org.budgetperf.budget.indicator.domain.IndicatorFramework.Entry(OUTPUT, "数量指标"),
                        new org.budgetperf.budget.indicator.domain.IndicatorFramework.Entry("成本指标", "经济成本指标"),
                        new org.budgetperf.budget.indicator.domain.IndicatorFramework.Entry(
                                SATISFACTION, "服务对象满意度指标")));

        List<ReviewFinding> found =
                rule.check(ReviewTables.withIndicators(ind(OUTPUT, "成本指标", "预算执行率", "≥90%")), central);

        assertEquals(List.of("indicators[0].level2"), targets(found));
        assertTrue(
                found.get(0).messageZh().contains("central-2021"), found.get(0).messageZh());
    }
}
