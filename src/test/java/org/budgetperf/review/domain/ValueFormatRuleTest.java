package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class ValueFormatRuleTest {

    private final ValueFormatRule rule = new ValueFormatRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void flagsDongguanMalformedPeriodValueOfActivityQualityRate() {
        List<ReviewFinding> found = check(ReviewTables.dongguan2024());

        assertEquals(1, found.size(), () -> found.toString());
        ReviewFinding f = found.get(0);
        assertEquals("R-VAL-1", f.ruleId());
        assertEquals("indicators[13].periodValue", f.target());
        assertEquals(13, f.indicatorIndex());
        assertEquals(Severity.WARNING, f.severity());
        assertFalse(f.isBlocking());
        assertEquals("指标「各项活动质量达标率」的实施周期指标值“%≥95%”格式不规范，按 ≥95% 理解，请改为 ≥95%。", f.messageZh());
        assertTrue(f.messageEn().contains("'%≥95%'") && f.messageEn().contains("read as ≥95%"), f.messageEn());
    }

    @Test
    void passesZhanjiangWhoseValuesAllFollowTheGrammar() {
        assertPass(check(ReviewTables.zhanjiang2023()));
        assertPass(check(ReviewTables.zhanjiang2024()));
    }

    @Test
    void flagsRangesAndTextThatOnlyLooksLikeAValue() {
        TargetTable t = ReviewTables.withIndicators(
                ind(OUTPUT, "质量指标", "合格率", "90%-95%"),
                ind(OUTPUT, "数量指标", "分担比例", "1:1:1"),
                ind(OUTPUT, "数量指标", "培训次数", "≥3次且≥100人"),
                ind(OUTPUT, "数量指标", "完成情况", "按时完成"));

        List<ReviewFinding> found = check(t);
        assertEquals(
                List.of("indicators[0].annualValue", "indicators[1].annualValue", "indicators[2].annualValue"),
                targets(found));
        assertTrue(
                found.get(0).messageZh().contains("是区间，按下限 ≥90% 理解"),
                found.get(0).messageZh());
        assertTrue(found.get(1).messageZh().contains("只能按文字处理"), found.get(1).messageZh());
    }
}
