package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class NormalisedReadingRuleTest {

    private final NormalisedReadingRule rule = new NormalisedReadingRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void reportsZhanjiang2024VariantOperatorsBesideCanonicalOnesAsInfo() {
        List<ReviewFinding> found = check(ReviewTables.zhanjiang2024());

        // E24 ≧95%, E30 ≧35%, E35 ≧90%, E36 ≧95%; the ≥ cells (E17, E20, E21, E23, E34, E37) are not reported
        assertEquals(
                List.of(
                        "indicators[7].annualValue",
                        "indicators[13].annualValue",
                        "indicators[18].annualValue",
                        "indicators[19].annualValue"),
                targets(found));
        assertTrue(found.stream()
                .allMatch(f -> f.ruleId().equals("R-VAL-7")
                        && f.severity() == Severity.INFO
                        && f.status() == RuleStatus.FAIL
                        && !f.isBlocking()));
        assertEquals(
                "指标「资金在规定时间内下达率」的年度指标值“≧95%”使用了非标准的运算符写法，已按 ≥95% 理解（规范写法）。",
                found.get(0).messageZh());
        assertTrue(
                found.get(0).messageEn().contains("normalised to ≥95%"),
                found.get(0).messageEn());
    }

    @Test
    void reportsZhanjiang2023FiveVariantOperators() {
        // E22 ≧90%, E23 ≧98%, E26 ≧95%, E38 ≧95%, E39 ≧95%
        assertEquals(
                List.of(
                        "indicators[4].annualValue",
                        "indicators[5].annualValue",
                        "indicators[8].annualValue",
                        "indicators[17].annualValue",
                        "indicators[18].annualValue"),
                targets(check(ReviewTables.zhanjiang2023())));
    }

    @Test
    void reportsDongguanComparisonExtractedFromASentence() {
        List<ReviewFinding> found = check(ReviewTables.dongguan2024());

        assertEquals(List.of("indicators[18].periodValue", "indicators[18].annualValue"), targets(found));
        assertTrue(
                found.get(0).messageZh().contains("其中的比较值按 ≥2场 理解，原文保留"),
                found.get(0).messageZh());
    }

    @Test
    void reportsWordOperatorsAndStaysSilentOnCanonicalOnes() {
        assertEquals(
                List.of("indicators[0].annualValue", "indicators[1].annualValue"),
                targets(check(ReviewTables.withIndicators(
                        ind(OUTPUT, "质量指标", "合格率", "不低于95%"),
                        ind(OUTPUT, "数量指标", "次数", "5次以上"),
                        ind(OUTPUT, "数量指标", "篇数", "≥300篇")))));
        assertPass(check(ReviewTables.withIndicators(ind(OUTPUT, "数量指标", "篇数", "≥900篇", "≥300篇"))));
    }
}
