package org.budgetperf.review.domain;

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
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class SatisfactionValueRuleTest {

    private static final String SERVICE = "服务对象满意度指标";
    private final SatisfactionValueRule rule = new SatisfactionValueRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void passesZhanjiangSatisfactionTargetsIncludingThoseUnderTheTruncated二级() {
        assertPass(check(ReviewTables.zhanjiang2023())); // ≥75%, ≧95%, ≧95%
        assertPass(check(ReviewTables.zhanjiang2024())); // ≥75%, ≧90%, ≧95%, ≥90% under 满意度指标/服务对象
        assertPass(check(ReviewTables.dongguan2024())); // no satisfaction indicator at all (R-FW-2's finding)
    }

    @Test
    void blocksImpossibleValuesAndFractions() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(SATISFACTION, SERVICE, "群众满意度", "≥120%"),
                ind(SATISFACTION, SERVICE, "就业服务满意度", "0.95"),
                ind(OUTPUT, "质量指标", "参训人员满意度", "-5%")));

        assertEquals(
                List.of("indicators[0].annualValue", "indicators[1].annualValue", "indicators[2].annualValue"),
                targets(found));
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.ERROR && f.isBlocking()));
        assertTrue(
                found.get(0).messageZh().contains("超出 0–100% 的范围"), found.get(0).messageZh());
        assertTrue(
                found.get(1).messageZh().contains("是小数，可能是 Excel 中的 95%。请改为 95%"),
                found.get(1).messageZh());
    }

    @Test
    void warnsAboutGradesTextOtherUnitsAndUpperBounds() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(SATISFACTION, SERVICE, "群众满意度", "优", "较满意"),
                ind(SATISFACTION, SERVICE, "侨界满意度", "≥90分"),
                ind(SATISFACTION, SERVICE, "服务满意度", "≤90%")));

        assertEquals(
                List.of(
                        "indicators[0].periodValue",
                        "indicators[0].annualValue",
                        "indicators[1].annualValue",
                        "indicators[2].annualValue"),
                targets(found));
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING && !f.isBlocking()));
        assertTrue(found.get(0).messageZh().contains("不是百分比"), found.get(0).messageZh());
        assertTrue(
                found.get(3).messageZh().contains("是上限（≤）；满意度目标应为下限，如 ≥90%"),
                found.get(3).messageZh());
    }

    @Test
    void leavesBlankDeferredAndRateFractionValuesToOtherRules() {
        assertPass(check(ReviewTables.withIndicators(
                ind(SATISFACTION, SERVICE, "群众满意度", null),
                ind(SATISFACTION, SERVICE, "公共服务满意度", "根据调查结果确定"),
                ind(SATISFACTION, SERVICE, "群众满意率", "0.9"))));
        assertEquals(
                1,
                new RateFractionRule()
                        .check(ReviewTables.withIndicators(ind(SATISFACTION, SERVICE, "群众满意率", "0.9")), null)
                        .size());
    }

    @Test
    void recognisesSatisfactionByItsName() {
        ReviewFinding f = check(ReviewTables.withIndicators(ind(OUTPUT, "质量指标", "学员满意度", "好")))
                .get(0);
        assertEquals("indicators[0].annualValue", f.target());
        assertFalse(f.isBlocking());
    }
}
