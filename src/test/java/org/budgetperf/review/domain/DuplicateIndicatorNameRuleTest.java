package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTCOME;
import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.SATISFACTION;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class DuplicateIndicatorNameRuleTest {

    private final DuplicateIndicatorNameRule rule = new DuplicateIndicatorNameRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void passesTheRealTables() {
        assertPass(check(ReviewTables.dongguan2024()));
        assertPass(check(ReviewTables.zhanjiang2023()));
        assertPass(check(ReviewTables.zhanjiang2024()));
    }

    @Test
    void reportsEveryLaterOccurrenceAgainstTheFirst() {
        TargetTable t = ReviewTables.withIndicators(
                ind(SATISFACTION, "服务对象满意度指标", "群众满意度", "≥75%"),
                ind(OUTPUT, "数量指标", "促进创业人数（人）", "3000"),
                ind(OUTCOME, "社会效益指标", "群众满意度", "≥80%"),
                ind(OUTPUT, "数量指标", " 促进创业人数 (人)", "3000"),
                ind(SATISFACTION, "服务对象满意度指标", "群众满意度", "≥90%"));

        List<ReviewFinding> found = check(t);
        assertEquals(List.of("indicators[2].name", "indicators[3].name", "indicators[4].name"), targets(found));
        assertTrue(found.stream()
                .allMatch(f -> f.ruleId().equals("R-REV-5") && f.severity() == Severity.WARNING && !f.isBlocking()));
        assertEquals(2, found.get(0).indicatorIndex());
        assertTrue(
                found.get(0).messageZh().contains("第 3 条指标「群众满意度」与第 1 条指标「群众满意度」同名（indicators[0]）"),
                found.get(0).messageZh());
        assertTrue(
                found.get(1).messageEn().contains("(indicators[1])"),
                found.get(1).messageEn());
        assertTrue(found.get(2).messageZh().contains("第 1 条"), found.get(2).messageZh());
    }

    @Test
    void ignoresRowsWithoutAName() {
        assertPass(check(ReviewTables.withIndicators(
                ind(OUTPUT, "数量指标", null, "≥1次"),
                ind(OUTPUT, "数量指标", "", "≥2次"),
                ReviewTables.placeholder(OUTPUT, "成本指标"))));
    }
}
