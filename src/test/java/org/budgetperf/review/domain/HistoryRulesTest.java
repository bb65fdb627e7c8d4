package org.budgetperf.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.junit.jupiter.api.Test;

/** R-HIS-1 and R-HIS-2 against a previous year written by hand. */
class HistoryRulesTest {

    private static TargetTable table(IndicatorLine... indicators) {
        return new TargetTable(
                "东莞市归国华侨联合会",
                2025,
                null,
                null,
                null,
                null,
                BudgetAmounts.blank(),
                "<p>目标</p>",
                List.of(new TaskLine(TaskKind.KEY, "侨务业务", "内容", null, "目标")),
                List.of(indicators));
    }

    private static IndicatorLine line(String level2, String name, String annual) {
        return new IndicatorLine("产出指标", level2, name, null, annual, null, null);
    }

    private static PreviousYear previous(List<Integer> links, PreviousYear.PastIndicator... past) {
        return new PreviousYear(2024, List.of(past), links);
    }

    private static List<String> failures(ReviewRule rule, TargetTable table, PreviousYear previous) {
        return rule.check(table, null, previous).stream()
                .filter(f -> f.status() == RuleStatus.FAIL)
                .map(f -> f.target() + " " + f.messageEn())
                .toList();
    }

    @Test
    void reportsLowerBoundsUpperBoundsAndGradesWeakerThanLastYear() {
        PreviousYear last = previous(
                List.of(),
                new PreviousYear.PastIndicator("数量指标", "公众号发布推送篇数", "≥300篇", "320", null),
                new PreviousYear.PastIndicator("数量指标", "支持侨胞之家个数", "≤18个", null, null),
                new PreviousYear.PastIndicator("社会效益指标", "城市形象的宣传效果", "优", null, null),
                new PreviousYear.PastIndicator("数量指标", "开展交流联谊活动次数", "≥5次", "9次", null),
                new PreviousYear.PastIndicator("数量指标", "慰问困难归侨人次", "7人次", "7人次", null));
        TargetTable now = table(
                line("数量指标", "公众号发布推送篇数", "≥310篇"), // changed, below the 320 achieved (unit taken from target)
                line("数量指标", "支持侨胞之家个数", "≤20个"), // a higher upper bound
                line("社会效益指标", "城市形象的宣传效果", "良"), // a lower grade
                line("数量指标", "开展交流联谊活动次数", "≥5次"), // unchanged: not held against the 9次 achieved
                line("数量指标", "慰问困难归侨人次", "5人次")); // exact figures set no direction
        List<String> found = failures(new WeakerThanLastYearRule(), now, last);
        assertThat(found).hasSize(3);
        assertThat(found.get(0))
                .startsWith("indicators[0].annualValue")
                .contains("the 2025 target ≥310篇", "the 2024 actual 320", "the 2024 target was ≥300篇");
        assertThat(found.get(1)).startsWith("indicators[1].annualValue").contains("≤20个", "the 2024 target ≤18个");
        assertThat(found.get(2)).startsWith("indicators[2].annualValue").contains("良", "优");
    }

    @Test
    void followsLineageOverNamesAndPassesWithoutAPreviousTable() {
        PreviousYear last = previous(
                Arrays.asList(0, null),
                new PreviousYear.PastIndicator("数量指标", "推送篇数", "≥300篇", null, "侨务业务"),
                new PreviousYear.PastIndicator("数量指标", "法律服务站服务次数", "≥20次", "25次", "侨务业务"));
        // renamed but linked: compared with its predecessor; the other key-task indicator was dropped
        TargetTable now = table(line("数量指标", "公众号推送篇数", "≥200篇"), line("数量指标", "新指标", "≥1次"));
        assertThat(failures(new WeakerThanLastYearRule(), now, last)).hasSize(1);
        List<String> dropped = failures(new DroppedKeyTaskIndicatorRule(), now, last);
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0)).startsWith("indicators ").contains("法律服务站服务次数", "侨务业务", "≥20次", "25次");

        assertThat(failures(new WeakerThanLastYearRule(), now, null)).isEmpty();
        assertThat(new DroppedKeyTaskIndicatorRule().check(now, null))
                .singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(RuleStatus.PASS));
        List<Integer> none = new ArrayList<>();
        assertThat(failures(new DroppedKeyTaskIndicatorRule(), now, previous(none)))
                .isEmpty();
    }
}
