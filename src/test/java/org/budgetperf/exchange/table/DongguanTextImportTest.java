package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference table: Dongguan 2024, tab-separated text copied out of the spreadsheet. */
class DongguanTextImportTest {

    private static ImportResult result;
    private static TargetTable table;

    @BeforeAll
    static void importDongguan() {
        result = new TabSeparatedTableReader().read(RealData.text(RealData.DONGGUAN_2024), RealTables.GUANGDONG);
        table = result.table();
    }

    @Test
    void readsTheHeadOfTheForm() {
        assertEquals("东莞市归国华侨联合会", table.departmentName());
        assertEquals(2024, table.fiscalYear());
        assertEquals(0, table.staffCount());
        assertEquals(1, table.subordinateUnitCount());
        assertNull(table.periodStartYear(), "the form does not state the period");
        assertNull(table.periodEndYear());
    }

    @Test
    void convertsAmountsFromWanYuanToExactYuanKeepingBlankApartFromZero() {
        var amounts = table.amounts();
        assertEquals(new BigDecimal("5505100.00"), amounts.basicExpenditure());
        assertEquals(new BigDecimal("2629300.00"), amounts.projectExpenditure());
        assertEquals(new BigDecimal("8427400.00"), amounts.fiscalAppropriation());
        assertEquals(new BigDecimal("0.00"), amounts.otherFunds());
        assertEquals(new BigDecimal("0.00"), amounts.specialFunds());
        assertEquals(new BigDecimal("293000.00"), amounts.otherDevelopmentExpenditure());
        assertNull(amounts.cityLevelFunds(), "市本级使用资金 is blank on the form");
        assertEquals(new BigDecimal("0.00"), amounts.transferPaymentFunds());

        List<ImportFinding> converted = result.findings(FindingCodes.UNIT_CONVERTED);
        assertEquals(1, converted.size(), "once for the budget block, not for the tasks in 元");
        assertEquals("line 9, column 4", converted.get(0).location());
        List<ImportFinding> blank = result.findings(FindingCodes.BLANK_KEPT);
        assertEquals(1, blank.size());
        assertEquals("line 13, column 6", blank.get(0).location());
        assertTrue(blank.get(0).message().contains("市本级使用资金"));
    }

    @Test
    void keepsTheHtmlGoalWithItsEightParagraphs() {
        String goal = table.overallGoalHtml();
        assertEquals(8, goal.split("<p>", -1).length - 1);
        assertTrue(goal.startsWith("<p>2024年,市侨联将始终坚持"));
        assertTrue(goal.contains("<p>目标一:") && goal.contains("<p>目标七:"));
        assertTrue(goal.endsWith("</p>"));
        assertEquals(1, result.findings(FindingCodes.GOAL_HTML_KEPT).size());
    }

    @Test
    void readsSixKeyTasksInYuanIncludingTheShiftedTaskSix() {
        List<TaskLine> key =
                table.tasks().stream().filter(t -> t.kind() == TaskKind.KEY).toList();
        assertEquals(
                List.of(
                        new BigDecimal("632600.00"),
                        new BigDecimal("342000.00"),
                        new BigDecimal("52200.00"),
                        new BigDecimal("190000.00"),
                        new BigDecimal("27200.00"),
                        new BigDecimal("640000.00")),
                key.stream().map(TaskLine::plannedFunds).toList());
        assertEquals(
                0,
                new BigDecimal("1884000")
                        .compareTo(key.stream().map(TaskLine::plannedFunds).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals("任务1: 侨务业务及活动", key.get(0).name());
        TaskLine six = key.get(5);
        assertEquals("任务6: 支持镇街级侨胞之家", six.name());
        assertTrue(six.content().startsWith("通过分级资金支持"));
        assertTrue(six.expectedOutcome().startsWith("保障“侨胞之家”建成后"));
        key.forEach(
                t -> assertFalse(t.content().isBlank() || t.expectedOutcome().isBlank(), t.name()));
    }

    @Test
    void readsTheOtherTaskWithAnAmountWithoutSeparators() {
        List<TaskLine> other =
                table.tasks().stream().filter(t -> t.kind() == TaskKind.OTHER).toList();
        assertEquals(1, other.size());
        assertEquals("其他任务: 省华侨事业费", other.get(0).name());
        assertTrue(other.get(0).content().startsWith("全面加强依法为侨、护侨"));
        assertEquals(new BigDecimal("293000.00"), other.get(0).plannedFunds());
        assertNull(other.get(0).expectedOutcome());
        assertEquals(7, table.tasks().size());
    }

    @Test
    void readsExactlyTwentyFiveIndicatorsInFormOrder() {
        List<IndicatorLine> indicators = table.indicators();
        assertEquals(25, indicators.size());
        assertEquals(Map.of("产出指标", 18L, "效益指标", 7L), count(indicators, IndicatorLine::level1));
        assertEquals(
                Map.of("数量指标", 13L, "质量指标", 3L, "成本指标", 2L, "经济效益指标", 1L, "社会效益指标", 3L, "生态效益指标", 2L, "可持续影响指标", 1L),
                count(indicators, IndicatorLine::level2));
        indicators.forEach(i -> assertTrue(RealTables.GUANGDONG.allows(i.level1(), i.level2()), i.name()));
        assertEquals("公众号发布推送篇数", indicators.get(0).name());
        assertEquals("接待(拜访)侨团、同乡会数量", indicators.get(12).name());
        assertEquals("对我市凝聚侨心、侨力长期影响程度", indicators.get(24).name());
    }

    @Test
    void placesRowsThatLostTheirLeadingCells() {
        assertEquals(
                new IndicatorLine("产出指标", "数量指标", "接待(拜访)侨团、同乡会数量", "≥120个/次", "≥40个/次", null, null),
                indicator("接待(拜访)侨团、同乡会数量"));
        assertEquals(
                new IndicatorLine("产出指标", "质量指标", "各项活动质量达标率", "%≥95%", "≥95%", null, null), indicator("各项活动质量达标率"));
        assertEquals(new IndicatorLine("产出指标", "成本指标", "预算执行率", "≥90%", "≥90%", null, null), indicator("预算执行率"));
        assertEquals(
                new IndicatorLine("产出指标", "成本指标", "成本节约率", "项目成本不超预算", "项目成本不超预算", null, null), indicator("成本节约率"));
        assertEquals(
                new IndicatorLine(
                        "效益指标", "经济效益指标", "指导归国留学人员的创业服务程度", "举办≥2场创业就业沙龙和创业交流活动", "举办≥2场创业就业沙龙和创业交流活动", null, null),
                indicator("指导归国留学人员的创业服务程度"));
        assertEquals("可持续影响指标", indicator("对我市凝聚侨心、侨力长期影响程度").level2());
    }

    @Test
    void keepsPeriodAndAnnualValuesExactlyAsWritten() {
        assertValues("公众号发布推送篇数", "≥900篇", "≥300篇");
        assertValues("慰问困难归侨人次", "7人次", "7人次");
        assertValues("支持镇街(园区)侨胞之家个数", "≤32个", "≤18个");
        assertValues("公众号点击率", "≥15万", "≥5万");
        assertValues("工作任务完成及时率", "100%", "100%");
        assertValues("城市形象的宣传效果", "优", "优");
        assertValues("侨界群众参与社会建设的参与度", "持续提升", "持续提升");
        table.indicators().forEach(i -> {
            assertFalse(i.periodValue().isBlank() || i.annualValue().isBlank(), i.name());
            assertNull(i.weight());
            assertNull(i.taskIndex());
        });
    }

    @Test
    void infersTheMissingSatisfactionLevel1AndIgnoresItsPlaceholder() {
        assertTrue(table.indicators().stream().noneMatch(i -> i.level1().equals("满意度指标")));
        List<ImportFinding> inferred = result.findings(FindingCodes.LEVEL1_INFERRED);
        assertEquals(1, inferred.size());
        assertEquals("line 51, column 3", inferred.get(0).location());
        assertTrue(inferred.get(0).message().contains("满意度指标"));
        List<ImportFinding> placeholders = result.findings(FindingCodes.PLACEHOLDER_ROW_IGNORED);
        assertEquals(1, placeholders.size());
        assertEquals("line 51, column 3", placeholders.get(0).location());
    }

    @Test
    void reportsOnlyWhatItInterpreted() {
        assertEquals(
                List.of(
                        FindingCodes.UNIT_CONVERTED,
                        FindingCodes.BLANK_KEPT,
                        FindingCodes.GOAL_HTML_KEPT,
                        FindingCodes.LEVEL1_INFERRED,
                        FindingCodes.PLACEHOLDER_ROW_IGNORED),
                result.findings().stream().map(ImportFinding::code).toList());
        assertFalse(result.hasErrors());
        result.findings().forEach(f -> assertTrue(f.message().contains(" / "), "English / Chinese: " + f.message()));
    }

    private static void assertValues(String name, String period, String annual) {
        IndicatorLine line = indicator(name);
        assertEquals(period, line.periodValue(), name);
        assertEquals(annual, line.annualValue(), name);
    }

    private static IndicatorLine indicator(String name) {
        return table.indicators().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Long> count(
            List<IndicatorLine> lines, java.util.function.Function<IndicatorLine, String> key) {
        return lines.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
