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

class RateFractionRuleTest {

    private final RateFractionRule rule = new RateFractionRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void flagsZhanjiang2023OneOnTheFundsReleaseRateAsABlockingError() {
        List<ReviewFinding> found = check(ReviewTables.zhanjiang2023());

        assertEquals(1, found.size());
        ReviewFinding f = found.get(0); // E24 资金在规定时间内下达率 = 1
        assertEquals("R-VAL-2", f.ruleId());
        assertEquals("indicators[6].annualValue", f.target());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.isBlocking());
        assertEquals(
                "比率类指标「资金在规定时间内下达率」的年度指标值填写了小数“1”，可能是 Excel 中的 100%。" + "请改为 100%（如确指 1%，请写明单位 %）。", f.messageZh());
        assertTrue(f.messageEn().contains("probably Excel's 100%"), f.messageEn());
    }

    @Test
    void flagsZhanjiang2024OneOnTheSubsidyAccuracyRate() {
        assertEquals(List.of("indicators[5].annualValue"), targets(check(ReviewTables.zhanjiang2024()))); // E22
    }

    @Test
    void passesDongguanWhoseClickRateIsACountInTenThousands() {
        assertPass(check(ReviewTables.dongguan2024())); // 公众号点击率 ≥15万 has a unit
    }

    @Test
    void suggestsThePercentageWithTheOperatorKept() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(ind(OUTPUT, "质量指标", "合格率", "≥0.9", "≥0.95")));

        assertEquals(List.of("indicators[0].periodValue", "indicators[0].annualValue"), targets(found));
        assertTrue(found.get(0).messageZh().contains("请改为 ≥90%"), found.get(0).messageZh());
        assertTrue(found.get(1).messageEn().contains("Write ≥95%"), found.get(1).messageEn());
    }
}
