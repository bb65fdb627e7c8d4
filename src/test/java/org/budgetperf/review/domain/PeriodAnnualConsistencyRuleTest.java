package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTCOME;
import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class PeriodAnnualConsistencyRuleTest {

    private static final String COUNT = "数量指标";
    private final PeriodAnnualConsistencyRule rule = new PeriodAnnualConsistencyRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void flagsDongguanVisitsToNeedyReturneesWhosePeriodEqualsTheAnnualValueWhileOtherCountsAreThreeTimes() {
        List<ReviewFinding> found = check(ReviewTables.dongguan2024());

        // 慰问困难归侨人次 7人次 / 7人次 and 新增归国留学会员数量 ≥30人 / ≥30人, against 13 of 16 counts at 3×
        assertEquals(List.of("indicators[5]", "indicators[20]"), targets(found));
        assertTrue(found.stream()
                .allMatch(f -> f.ruleId().equals("R-VAL-6") && f.severity() == Severity.WARNING && !f.isBlocking()));
        ReviewFinding visits = found.get(0);
        assertEquals(5, visits.indicatorIndex());
        assertEquals(
                "指标「慰问困难归侨人次」的实施周期指标值与年度指标值相同（“7人次” / “7人次”），而本表 16 个可比的数量类指标中有"
                        + " 13 个的实施周期指标值是年度指标值的 3 倍（实施周期 2024–2026 年共 3 年，与倍数一致）。请核对实施周期指标值是否应为"
                        + " 21人次，或该指标确实不随年份累计。",
                visits.messageZh());
        assertTrue(
                visits.messageEn()
                        .contains("in 13 of the table's 16 comparable count indicators the period value"
                                + " is 3 times the annual value"),
                visits.messageEn());
        assertTrue(found.get(1).messageZh().contains("是否应为 ≥90人"), found.get(1).messageZh());
    }

    @Test
    void usesTheTablesCommonRatioEvenWithoutAStoredPeriod() {
        TargetTable t = ReviewTables.withIndicators(List.of(
                ind(OUTPUT, COUNT, "篇数", "≥900篇", "≥300篇"),
                ind(OUTPUT, COUNT, "次数", "≥15次", "≥5次"),
                ind(OUTPUT, COUNT, "人次", "7人次", "7人次")));

        ReviewFinding f = check(t).get(0);
        assertEquals("indicators[2]", f.target());
        assertFalse(f.messageZh().contains("实施周期 "), f.messageZh());
        assertTrue(f.messageZh().contains("3 个可比的数量类指标中有 2 个"), f.messageZh());
    }

    @Test
    void staysSilentWithoutAClearCommonRatio() {
        // two counts are too few to call a pattern
        assertPass(check(ReviewTables.withIndicators(
                ind(OUTPUT, COUNT, "篇数", "≥900篇", "≥300篇"), ind(OUTPUT, COUNT, "人次", "7人次", "7人次"))));
        // no strict majority: 2 of 4 at 3×
        assertPass(check(ReviewTables.withIndicators(
                ind(OUTPUT, COUNT, "篇数", "≥900篇", "≥300篇"),
                ind(OUTPUT, COUNT, "次数", "≥15次", "≥5次"),
                ind(OUTPUT, COUNT, "家数", "≥10家", "≥5家"),
                ind(OUTPUT, COUNT, "人次", "7人次", "7人次"))));
        // the common ratio is 1: every count is a stock, nothing stands out
        assertPass(check(ReviewTables.withIndicators(
                ind(OUTPUT, COUNT, "篇数", "≥300篇", "≥300篇"),
                ind(OUTPUT, COUNT, "次数", "≥5次", "≥5次"),
                ind(OUTPUT, COUNT, "人次", "7人次", "7人次"))));
    }

    @Test
    void flagsAnAnnualCountAboveThePeriodAndADifferentOperator() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(OUTPUT, COUNT, "新增会员数量", "≥20人", "≥30人"),
                ind(OUTPUT, COUNT, "活动次数", "≥3次", "1次"),
                ind(OUTPUT, COUNT, "侨胞之家个数", "≤32个", "≥18个")));

        assertEquals(List.of("indicators[0]", "indicators[1]", "indicators[2]"), targets(found));
        assertTrue(
                found.get(0).messageZh().contains("年度指标值“≥30人”大于实施周期指标值“≥20人”"),
                found.get(0).messageZh());
        assertTrue(
                found.get(1).messageZh().contains("运算符不同（≥ 与 =（未写运算符））"),
                found.get(1).messageZh());
        assertTrue(
                found.get(1).messageEn().contains("(≥ vs = (no operator written))"),
                found.get(1).messageEn());
        assertTrue(
                found.get(2).messageZh().contains("方向相反（≤ 与 ≥）"), found.get(2).messageZh());
    }

    @Test
    void flagsAnAnnualRateLooserThanThePeriodRate() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(OUTPUT, "质量指标", "达标率", "≥95%", "≥90%"),
                ind(OUTPUT, "质量指标", "及时率", "100%", "≥95%"),
                ind(OUTPUT, "成本指标", "超支率", "≤5%", "≤8%"),
                ind(OUTPUT, "质量指标", "合格率", "≥90%", "≥95%"))); // stricter: fine

        assertEquals(List.of("indicators[0]", "indicators[1]", "indicators[2]"), targets(found));
        assertTrue(
                found.get(0).messageZh().contains("年度指标值“≥90%”比实施周期指标值“≥95%”宽松"),
                found.get(0).messageZh());
    }

    @Test
    void flagsValuesInDifferentUnits() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(OUTPUT, "质量指标", "达标率", "≥95%", "≥95"), ind(OUTPUT, COUNT, "报道次数", "≥9篇次", "≥3次")));

        assertEquals(List.of("indicators[0]", "indicators[1]"), targets(found));
        assertTrue(
                found.get(0).messageZh().contains("单位不同（% 与 无单位）"), found.get(0).messageZh());
    }

    @Test
    void comparesNothingOnOneColumnTablesOrAgainstQualitativeOrGuessedReadings() {
        assertPass(check(ReviewTables.zhanjiang2023()));
        assertPass(check(ReviewTables.zhanjiang2024()));
        assertPass(check(ReviewTables.withIndicators(
                ind(OUTCOME, "社会效益指标", "参与度", "持续提升", "≥5次"),
                ind(OUTCOME, "经济效益指标", "创业服务程度", "举办≥2场创业就业沙龙和创业交流活动", "举办≥3场创业就业沙龙"),
                ind(OUTPUT, "质量指标", "准确率", "1", "≥99%"),
                ind(OUTPUT, COUNT, "次数", "10-20次", "≥30次"))));
    }

    @Test
    void reportsOnlyRatioOneNotOtherDeviationsFromTheCommonRatio() {
        List<IndicatorLine> lines = new ArrayList<>(List.of(
                ind(OUTPUT, COUNT, "篇数", "≥900篇", "≥300篇"),
                ind(OUTPUT, COUNT, "次数", "≥15次", "≥5次"),
                ind(OUTPUT, COUNT, "场次", "≥6场", "≥2场"),
                ind(OUTPUT, COUNT, "侨胞之家个数", "≤32个", "≤18个"))); // Dongguan's 1.78: a plan, not a slip
        assertPass(check(ReviewTables.withIndicators(lines)));
    }
}
