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
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class PercentOverHundredRuleTest {

    private final PercentOverHundredRule rule = new PercentOverHundredRule();

    private List<ReviewFinding> check(TargetTable table) {
        return rule.check(table, ReviewTables.guangdong());
    }

    @Test
    void passesTheRealTablesWhosePercentagesAreAtMost100() {
        assertPass(check(ReviewTables.dongguan2024())); // 100%, ≥95%, ≥90%
        assertPass(check(ReviewTables.zhanjiang2023()));
        assertPass(check(ReviewTables.zhanjiang2024()));
    }

    @Test
    void warnsAboutAPassRateAbove100() {
        List<ReviewFinding> found = check(ReviewTables.withIndicators(
                ind(OUTPUT, "质量指标", "各项活动质量达标率", "≥105%", "≥101%"), ind(OUTPUT, "质量指标", "工作任务完成及时率", "100%", "100%")));

        assertEquals(List.of("indicators[0].periodValue", "indicators[0].annualValue"), targets(found));
        ReviewFinding f = found.get(0);
        assertEquals("R-VAL-4", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertFalse(f.isBlocking());
        assertTrue(f.messageZh().contains("“≥105%”超过 100%，而指标名称不含增长、提高等字样"), f.messageZh());
    }

    @Test
    void acceptsGrowthUpperBoundsAndLeavesSatisfactionToRVal5() {
        assertPass(check(ReviewTables.withIndicators(
                ind(OUTCOME, "经济效益指标", "侨企出口额同比增长率", "≥110%"),
                ind(OUTCOME, "社会效益指标", "服务人次提升幅度", "120%"),
                ind(OUTPUT, "成本指标", "成本控制率", "≤110%"),
                ind(SATISFACTION, "服务对象满意度指标", "群众满意度", "≥120%"))));
    }
}
