package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FindingSeverity;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Zhanjiang 2023 and 2024: the official xlsx layout with merged cells, one value column, funds in 万元. */
class ZhanjiangXlsxImportTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Zhanjiang2023 {

        private ImportResult result;
        private TargetTable table;

        @BeforeAll
        void importTable() {
            result = new XlsxTableReader().read(RealData.stream(RealData.ZHANJIANG_2023), RealTables.GUANGDONG);
            table = result.table();
        }

        @Test
        void readsTheHead() {
            assertEquals("湛江市人力资源和社会保障局", table.departmentName());
            assertEquals(2023, table.fiscalYear());
            assertEquals(750, table.staffCount());
            assertEquals(10, table.subordinateUnitCount());
            assertNull(table.periodStartYear());
        }

        @Test
        void roundsFloatNoiseToFenAndReadsTheFormulasCachedValue() {
            BudgetAmounts amounts = table.amounts();
            assertEquals(new BigDecimal("105963500.00"), amounts.basicExpenditure());
            assertEquals(new BigDecimal("722045700.00"), amounts.projectExpenditure());
            assertEquals(new BigDecimal("828009200.00"), amounts.fiscalAppropriation(), "82,800.92 万元");
            assertEquals(
                    0,
                    amounts.fiscalAppropriation()
                            .compareTo(amounts.basicExpenditure().add(amounts.projectExpenditure())));
            assertEquals(new BigDecimal("0.00"), amounts.otherFunds());
            assertNull(amounts.specialFunds());
            assertNull(amounts.otherDevelopmentExpenditure());
            assertNull(amounts.cityLevelFunds());
            assertNull(amounts.transferPaymentFunds());

            assertEquals(List.of("C6", "E5"), locations(result, FindingCodes.FLOAT_NOISE_ROUNDED));
            assertTrue(result.findings(FindingCodes.FLOAT_NOISE_ROUNDED)
                    .get(1)
                    .message()
                    .contains("82800.920000000013"));
            assertEquals(List.of("E5"), locations(result, FindingCodes.FORMULA_CACHED_VALUE));
            assertTrue(result.findings(FindingCodes.FORMULA_CACHED_VALUE)
                    .get(0)
                    .message()
                    .contains("SUM(C5:C6)"));
            assertEquals(List.of("C8", "C9", "E8", "E9"), locations(result, FindingCodes.BLANK_KEPT));
            assertEquals(
                    List.of("C4", "D11"),
                    locations(result, FindingCodes.UNIT_CONVERTED),
                    "budget block and task block");
        }

        @Test
        void turnsThePlainTextGoalIntoParagraphs() {
            assertEquals(6, table.overallGoalHtml().split("<p>", -1).length - 1);
            assertTrue(table.overallGoalHtml().startsWith("<p>目标1：城乡居民基本养老保险参保人数达到计划指标"));
            assertFalse(table.overallGoalHtml().contains("\n"));
            assertEquals(List.of("B10"), locations(result, FindingCodes.GOAL_TEXT_TO_HTML));
        }

        @Test
        void readsTaskFundsInWanYuan() {
            assertEquals(3, table.tasks().size());
            assertTrue(table.tasks().stream().allMatch(t -> t.kind() == TaskKind.KEY));
            assertEquals(
                    List.of(new BigDecimal("201400000.00"), new BigDecimal("7900000.00"), new BigDecimal("5000000.00")),
                    table.tasks().stream().map(TaskLine::plannedFunds).toList());
            assertEquals("城乡居民养老保险政府补贴资金", table.tasks().get(0).name());
        }

        @Test
        void readsSixteenIndicatorsAndIgnoresThreePlaceholders() {
            assertEquals(16, table.indicators().size());
            assertEquals(Map.of("产出指标", 9L, "效益指标", 4L, "满意度指标", 3L), perLevel1(table));
            table.indicators().forEach(i -> {
                assertTrue(RealTables.GUANGDONG.allows(i.level1(), i.level2()), i.name());
                assertNull(i.periodValue(), "one value column: 指标值 is the annual value");
                assertFalse(i.annualValue().isBlank());
            });
            assertEquals(List.of("C27", "C33", "C35"), locations(result, FindingCodes.PLACEHOLDER_ROW_IGNORED));
            assertTrue(result.findings(FindingCodes.FRAMEWORK_MISMATCH).isEmpty());
        }

        @Test
        void keepsValuesAsWrittenAndSaysWhatIsNotATarget() {
            assertEquals("根据下达任务目标要求确定", annual(table, "城镇新增就业人数（万人）"));
            assertEquals(List.of("E20", "E21", "E29", "E30"), locations(result, FindingCodes.VALUE_NOT_A_TARGET));
            assertEquals("≧90%", annual(table, "创业担保贷款还款率"));
            assertEquals(List.of("E22", "E23", "E26", "E38", "E39"), locations(result, FindingCodes.OPERATOR_VARIANT));
            assertEquals("100%", annual(table, "资金在规定时间内下达率"), "1 in a 0% formatted cell is displayed as 100%");
            assertEquals(List.of("E24"), locations(result, FindingCodes.PERCENT_FORMAT_APPLIED));
            assertEquals("650", annual(table, "扶持创业企业（项目）数"));
            assertEquals("5000万元", annual(table, "发放创业担保贷款金额"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Zhanjiang2024 {

        private ImportResult result;
        private TargetTable table;

        @BeforeAll
        void importTable() {
            result = new XlsxTableReader().read(RealData.stream(RealData.ZHANJIANG_2024), RealTables.GUANGDONG);
            table = result.table();
        }

        @Test
        void readsTheHead() {
            assertEquals("湛江市人力资源和社会保障局", table.departmentName());
            assertEquals(2024, table.fiscalYear());
            assertEquals(737, table.staffCount());
            assertEquals(10, table.subordinateUnitCount());
        }

        @Test
        void convertsSixDecimalWanYuanExactly() {
            BudgetAmounts amounts = table.amounts();
            assertEquals(new BigDecimal("108916156.75"), amounts.basicExpenditure(), "10,891.615675 万元");
            assertEquals(new BigDecimal("619157693.00"), amounts.projectExpenditure(), "61,915.7693 万元");
            assertEquals(new BigDecimal("728073849.75"), amounts.fiscalAppropriation(), "72,807.384975 万元");
            assertEquals(new BigDecimal("0.00"), amounts.otherFunds());
            assertNull(amounts.specialFunds());
            assertEquals(List.of("E5"), locations(result, FindingCodes.FORMULA_CACHED_VALUE));
            assertTrue(result.findings(FindingCodes.FORMULA_CACHED_VALUE)
                    .get(0)
                    .message()
                    .contains("=C5+C6"));
            assertTrue(result.findings(FindingCodes.FLOAT_NOISE_ROUNDED).isEmpty(), "the 2024 amounts are exact");
        }

        @Test
        void readsTasksInWanYuan() {
            assertEquals(
                    List.of(
                            new BigDecimal("188620000.00"),
                            new BigDecimal("5878100.00"),
                            new BigDecimal("11400000.00")),
                    table.tasks().stream().map(TaskLine::plannedFunds).toList());
            assertEquals("“三支一扶”高校毕业生社会保险缺口资金及生活补贴", table.tasks().get(1).name());
            assertTrue(table.tasks().get(2).content().contains("\n二、创业担保贷款"), "line breaks inside a cell are kept");
        }

        @Test
        void keepsFrameworkMismatchesAsWrittenAndReportsThem() {
            assertEquals(19, table.indicators().size());
            assertEquals(Map.of("产出指标", 8L, "效益指标", 7L, "满意度指标", 4L), perLevel1(table));
            List<IndicatorLine> misfiled = table.indicators().stream()
                    .filter(i -> i.level2().equals("质量指标") && i.level1().equals("效益指标"))
                    .toList();
            assertEquals(
                    List.of("全市城乡居民养老保险覆盖面", "扶持创业企业（项目）个数", "服务期满继续在基层就业人数比例", "基层服务覆盖范围"),
                    misfiled.stream().map(IndicatorLine::name).toList());
            assertEquals(
                    4,
                    table.indicators().stream()
                            .filter(i -> i.level2().equals("服务对象"))
                            .count());

            List<ImportFinding> mismatches = result.findings(FindingCodes.FRAMEWORK_MISMATCH);
            assertEquals(
                    List.of("C28", "C34"),
                    mismatches.stream().map(ImportFinding::location).toList());
            assertTrue(mismatches.stream().allMatch(f -> f.severity() == FindingSeverity.WARNING));
            assertTrue(mismatches.get(0).message().contains("产出指标"));
            assertTrue(mismatches.get(1).message().contains("服务对象满意度指标"), "suggests the full 二级 name");
            assertEquals(List.of("C25", "C32"), locations(result, FindingCodes.PLACEHOLDER_ROW_IGNORED));
            assertTrue(result.findings(FindingCodes.LEVEL1_INFERRED).isEmpty(), "the merged 一级 cells say it all");
        }

        @Test
        void readsNumbersAndPercentagesAsDisplayed() {
            assertEquals("50000", annual(table, "城镇新增就业人数（人）"));
            assertEquals("100%", annual(table, "补贴发放准确率"));
            assertEquals("≥90%", annual(table, "“三支一扶”人员到岗及时率"), "text in a percent-formatted cell stays text");
            assertEquals("≧95%", annual(table, "资金在规定时间内下达率"));
            assertEquals(List.of("E22"), locations(result, FindingCodes.PERCENT_FORMAT_APPLIED));
            assertTrue(result.findings(FindingCodes.VALUE_NOT_A_TARGET).isEmpty());
            assertFalse(result.hasErrors());
        }
    }

    static List<String> locations(ImportResult result, String code) {
        return result.findings(code).stream().map(ImportFinding::location).toList();
    }

    private static String annual(TargetTable table, String name) {
        return table.indicators().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow()
                .annualValue();
    }

    private static Map<String, Long> perLevel1(TargetTable table) {
        return table.indicators().stream().collect(Collectors.groupingBy(IndicatorLine::level1, Collectors.counting()));
    }
}
