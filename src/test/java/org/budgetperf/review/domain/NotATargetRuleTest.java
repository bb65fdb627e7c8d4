package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class NotATargetRuleTest {

    private final NotATargetRule rule = new NotATargetRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void flagsZhanjiang2023FourDeferredTargetsAsBlockingErrors() {
        List<ReviewFinding> found = check(ReviewTables.zhanjiang2023());

        // E20 城镇新增就业人数（万人）, E21 促进创业人数（人）, E29 就业困难人员就业人数, E30 失业人员再就业人数
        assertEquals(
                List.of(
                        "indicators[2].annualValue",
                        "indicators[3].annualValue",
                        "indicators[10].annualValue",
                        "indicators[11].annualValue"),
                targets(found));
        assertTrue(found.stream()
                .allMatch(f -> f.ruleId().equals("R-VAL-3") && f.severity() == Severity.ERROR && f.isBlocking()));
        assertTrue(
                found.get(0).messageZh().startsWith("指标「城镇新增就业人数（万人）」的年度指标值“根据下达任务目标要求确定”没有给出目标值。"),
                found.get(0).messageZh());
        assertTrue(
                found.get(0).messageEn().contains("defers the target"),
                found.get(0).messageEn());
    }

    @Test
    void passesDongguanAndZhanjiang2024() {
        assertPass(check(ReviewTables.dongguan2024()));
        assertPass(check(ReviewTables.zhanjiang2024()));
    }

    @Test
    void flagsEveryBlankAnnualValueButNotABlankPeriodValue() {
        TargetTable allBlank = ReviewTables.withIndicators(
                2024,
                2026,
                List.of(
                        ind(OUTPUT, "数量指标", "公众号发布推送篇数", null, null),
                        ind(OUTPUT, "数量指标", "开展交流联谊活动次数", " ", ""),
                        ind(OUTPUT, "质量指标", "各项活动质量达标率", "≥95%", null)));

        List<ReviewFinding> found = check(allBlank);
        assertEquals(
                List.of("indicators[0].annualValue", "indicators[1].annualValue", "indicators[2].annualValue"),
                targets(found));
        assertEquals("指标「公众号发布推送篇数」的年度指标值为空，没有目标值。", found.get(0).messageZh());
    }

    @Test
    void flagsADeferralInThePeriodColumnToo() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(OUTPUT, "数量指标", "次数", "以实际下达为准", "≥1次"), ind(OUTPUT, "数量指标", "人数", "≥3人", "待定")));

        assertEquals(List.of("indicators[0].periodValue", "indicators[1].annualValue"), targets(found));
    }
}
