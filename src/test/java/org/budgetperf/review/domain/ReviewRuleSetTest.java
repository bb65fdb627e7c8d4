package org.budgetperf.review.domain;

import static org.budgetperf.review.domain.ReviewTables.OUTPUT;
import static org.budgetperf.review.domain.ReviewTables.ind;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;
import org.junit.jupiter.api.Test;

class ReviewRuleSetTest {

    private static final List<String> RULE_IDS = List.of(
            "R-REV-1", "R-REV-2", "R-FW-1", "R-FW-2", "R-VAL-1", "R-VAL-2", "R-VAL-3", "R-VAL-4", "R-VAL-5", "R-VAL-6",
            "R-VAL-7", "R-REV-5", "R-HIS-1", "R-HIS-2");

    private final ReviewRuleSet set = new ReviewRuleSet();

    private ReviewOutcome run(TargetTable table) {
        return set.run(table, ReviewTables.guangdong());
    }

    /** "ruleId severity target" of each non-PASS finding, in order. */
    private static List<String> problems(ReviewOutcome o) {
        return o.problems().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.target())
                .toList();
    }

    @Test
    void isVersion2026Point2WithTheFourteenRulesInOrder() {
        assertEquals("2026.2", ReviewRuleSet.VERSION);
        assertEquals(RULE_IDS, set.rules().stream().map(ReviewRule::id).toList());
    }

    @Test
    void findsDongguan2024SubmittableWithWarningsAndInfo() {
        ReviewOutcome o = run(ReviewTables.dongguan2024());

        assertEquals("2026.2", o.ruleSetVersion());
        assertTrue(o.submittable());
        assertEquals(List.of(), o.blocking());
        assertEquals(
                List.of(
                        "R-FW-2 WARNING indicators", // no 满意度 indicator
                        "R-VAL-1 WARNING indicators[13].periodValue", // %≥95%
                        "R-VAL-6 WARNING indicators[5]", // 慰问困难归侨人次 7人次 / 7人次
                        "R-VAL-6 WARNING indicators[20]", // 新增归国留学会员数量 ≥30人 / ≥30人
                        "R-VAL-7 INFO indicators[18].periodValue", // 举办≥2场…
                        "R-VAL-7 INFO indicators[18].annualValue"),
                problems(o));
        assertEquals(RULE_IDS, o.rulesChecked());
        // every rule that found nothing says so once
        assertEquals(
                10,
                o.findings().stream().filter(f -> f.status() == RuleStatus.PASS).count());
    }

    @Test
    void blocksZhanjiang2024OnFrameworkPairsAndTheFractionRate() {
        ReviewOutcome o = run(ReviewTables.zhanjiang2024());

        assertFalse(o.submittable());
        assertEquals(
                List.of(
                        "R-FW-1 ERROR indicators[11].level2",
                        "R-FW-1 ERROR indicators[12].level2",
                        "R-FW-1 ERROR indicators[13].level2",
                        "R-FW-1 ERROR indicators[14].level2",
                        "R-FW-1 ERROR indicators[17].level2",
                        "R-FW-1 ERROR indicators[18].level2",
                        "R-FW-1 ERROR indicators[19].level2",
                        "R-FW-1 ERROR indicators[20].level2",
                        "R-VAL-2 ERROR indicators[5].annualValue"),
                o.blocking().stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " " + f.target())
                        .toList());
        assertEquals(
                4,
                o.problems().stream().filter(f -> f.ruleId().equals("R-VAL-7")).count());
        assertEquals(13, o.problems().size());
    }

    @Test
    void blocksZhanjiang2023OnFourDeferredTargetsAndTheFractionRate() {
        ReviewOutcome o = run(ReviewTables.zhanjiang2023());

        assertFalse(o.submittable());
        assertEquals(
                List.of(
                        "R-VAL-2 ERROR indicators[6].annualValue",
                        "R-VAL-3 ERROR indicators[2].annualValue",
                        "R-VAL-3 ERROR indicators[3].annualValue",
                        "R-VAL-3 ERROR indicators[10].annualValue",
                        "R-VAL-3 ERROR indicators[11].annualValue"),
                o.blocking().stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " " + f.target())
                        .toList());
        assertEquals(10, o.problems().size()); // + 5 × R-VAL-7 INFO for ≧
    }

    @Test
    void listsEveryMissingPartOfAnEmptyTableAndEvery一级WithoutIndicator() {
        ReviewOutcome o = run(new TargetTable(null, null, null, null, null, null, null, null, null, null));

        assertFalse(o.submittable());
        assertEquals(9, o.blocking().size());
        assertTrue(o.blocking().stream().allMatch(f -> f.ruleId().equals("R-REV-1")));
        assertEquals(
                3,
                o.problems().stream().filter(f -> f.ruleId().equals("R-FW-2")).count());
        assertEquals(RULE_IDS, o.rulesChecked());
    }

    @Test
    void blocksATableWhoseValuesAreAllBlankOnceForEachIndicator() {
        List<IndicatorLine> blankValues = ReviewTables.dongguan2024().indicators().stream()
                .map(l -> ind(l.level1(), l.level2(), l.name(), null, null))
                .toList();
        TargetTable dongguan = ReviewTables.dongguan2024();
        ReviewOutcome o = run(new TargetTable(
                dongguan.departmentName(),
                2024,
                2024,
                2026,
                0,
                1,
                dongguan.amounts(),
                dongguan.overallGoalHtml(),
                dongguan.tasks(),
                blankValues));

        assertEquals(25, o.blocking().size());
        assertTrue(o.blocking().stream()
                .allMatch(f -> f.ruleId().equals("R-VAL-3") && f.target().endsWith(".annualValue")));
        assertEquals(
                List.of("R-FW-2 WARNING indicators"),
                problems(o).stream().filter(p -> !p.startsWith("R-VAL-3")).toList());
    }

    @Test
    void runsWithoutAFrameworkAndDoesNotBlockOnIt() {
        ReviewOutcome o = set.run(ReviewTables.dongguan2024(), null);

        assertTrue(o.submittable());
        assertEquals(
                List.of(RuleStatus.NOT_VERIFIABLE, RuleStatus.NOT_VERIFIABLE),
                o.findings().stream()
                        .filter(f -> f.ruleId().startsWith("R-FW"))
                        .map(ReviewFinding::status)
                        .toList());
    }

    @Test
    void neverThrowsOnHostileRows() {
        List<IndicatorLine> lines = new ArrayList<>();
        for (String v : new String[] {
            "≥",
            "%%",
            "≥-5%",
            "0",
            "=0",
            "1e9",
            "≥999999999999999999次",
            "——",
            "\u3000",
            "≥95%以下",
            "a".repeat(5000),
            "1,000,000元",
            "0.000001"
        }) {
            lines.add(ind(null, null, v, v, v));
            lines.add(ind(OUTPUT, "数量指标", "满意率", v, v));
        }
        List<TaskLine> tasks = new ArrayList<>();
        tasks.add(new TaskLine(null, null, null, null, null));
        TargetTable t = new TargetTable("", -1, 2026, 2024, -1, -1, null, "<", tasks, lines);

        ReviewOutcome o = assertDoesNotThrow(() -> run(t));
        assertFalse(o.submittable());
        assertEquals(RULE_IDS, o.rulesChecked());
    }

    @Test
    void blockingMeansAFailedError() {
        assertTrue(finding(Severity.ERROR, RuleStatus.FAIL).isBlocking());
        assertFalse(finding(Severity.ERROR, RuleStatus.NOT_VERIFIABLE).isBlocking());
        assertFalse(finding(Severity.ERROR, RuleStatus.PASS).isBlocking());
        assertFalse(finding(Severity.WARNING, RuleStatus.FAIL).isBlocking());
        assertFalse(finding(Severity.INFO, RuleStatus.FAIL).isBlocking());
    }

    @Test
    void anOutcomeCannotClaimToBeSubmittableWithABlockingFinding() {
        ReviewFinding error = finding(Severity.ERROR, RuleStatus.FAIL);
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReviewOutcome("2026.1", true, List.of(error), List.of(error)));
        assertFalse(ReviewOutcome.of("2026.1", List.of(error)).submittable());
        assertTrue(ReviewOutcome.of("2026.1", List.of(finding(Severity.WARNING, RuleStatus.FAIL)))
                .submittable());
    }

    private static ReviewFinding finding(Severity severity, RuleStatus status) {
        return new ReviewFinding("R-X", severity, status, "table", null, null, "中文", "English");
    }
}
