package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTCOME;
import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.SATISFACTION;
import static org.budgetperf.review.domain.ReviewTables.assertPass;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.budgetperf.review.domain.ReviewTables.placeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class FrameworkCoverageRuleTest {

    private final FrameworkCoverageRule rule = new FrameworkCoverageRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void warnsThatDongguan2024HasNoSatisfactionIndicator() {
        List<ReviewFinding> found = check(ReviewTables.dongguan2024());

        assertEquals(1, found.size());
        ReviewFinding f = found.get(0);
        assertEquals("R-FW-2", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(RuleStatus.FAIL, f.status());
        assertFalse(f.isBlocking());
        assertEquals("indicators", f.target());
        assertEquals(null, f.indicatorIndex());
        assertTrue(f.messageZh().startsWith("一级指标「满意度指标」下没有三级指标（可设二级：服务对象满意度指标）"), f.messageZh());
        assertTrue(f.messageEn().contains("earns nothing (R-SCO-1)"), f.messageEn());
    }

    @Test
    void passesZhanjiangWhoseWrong二级StillCountForTheirWritten一级() {
        assertPass(check(ReviewTables.zhanjiang2023()));
        // 2024: 满意度指标 is covered only by rows under the truncated 二级 "服务对象" (R-FW-1 reports those).
        assertPass(check(ReviewTables.zhanjiang2024()));
    }

    @Test
    void reportsEvery一级OfAnEmptyTableAndDoesNotCountPlaceholders() {
        List<ReviewFinding> found =
                check(ReviewTables.withIndicators(placeholder(OUTPUT, "成本指标"), placeholder(SATISFACTION, "服务对象满意度指标")));

        assertEquals(3, found.size());
        assertTrue(found.get(0).messageZh().contains("「产出指标」"));
        assertTrue(found.get(1).messageZh().contains("「效益指标」"));
        assertTrue(found.get(2).messageZh().contains("「满意度指标」"));
    }

    @Test
    void countsAnIndicatorWithABlank一级ForThe一级ItsFramework二级BelongsTo() {
        TargetTable t = ReviewTables.withIndicators(
                ind(OUTPUT, "数量指标", "次数", "≥1次"),
                ind(OUTCOME, "社会效益指标", "影响", "持续提升"),
                ind("", "服务对象满意度指标", "群众满意度", "≥90%"));

        assertPass(check(t));
    }

    @Test
    void cannotVerifyWithoutAFramework() {
        List<ReviewFinding> found = rule.check(ReviewTables.dongguan2024(), null);

        assertEquals(RuleStatus.NOT_VERIFIABLE, found.get(0).status());
        assertEquals(1, found.size());
    }
}
