package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.indicator.domain.IndicatorFramework.Entry;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FindingSeverity;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.junit.jupiter.api.Test;

/**
 * Other departments, years and layouts of the same kind: the interpreter goes by labels and framework
 * names, so moved columns, repeated labels, missing cells and other frameworks are read or reported.
 */
class LayoutVariantsTest {

    private static final String HEAD = """
            2025年部门整体预算绩效目标表
            部门名称||测试局
            基本信息||财政供养人员数|12|下属二级单位数|0
            预算整体情况||部门预算支出|预算金额(万元)|收入来源|预算金额(万元)
            ||基本支出|100.5|财政拨款|150.5
            ||项目支出|50|其他资金|0
            ||事业发展性支出|预算金额(万元)|按预算级次划分|预算金额(万元)
            ||财政专项资金|0|市本级使用资金|
            ||其他事业发展性支出|0|拟用于对下转移支付资金|
            总体绩效目标||目标一：完成任务。
            年度重点工作任务||名称|主要实施内容|拟投入的资金(元)|期望达到的目标(概述)
            ||任务A|内容A|500,000.00|目标A
            """;

    private final TabSeparatedTableReader reader = new TabSeparatedTableReader();

    private ImportResult read(String head, String indicators) {
        return reader.read(TestFiles.tsv(head + indicators), RealTables.GUANGDONG);
    }

    private ImportResult read(String indicators) {
        return read(HEAD, indicators);
    }

    @Test
    void readsRowsThatRepeatTheirLabelsWithoutInventingPlaceholders() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                |产出指标|数量指标|指标2|≥2次
                |产出指标|质量指标|指标3|100%
                |效益指标|社会效益指标|指标4|持续提升
                |满意度指标|服务对象满意度指标|指标5|≥90%
                """);
        assertEquals(
                List.of("数量指标", "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"),
                result.table().indicators().stream().map(IndicatorLine::level2).toList());
        assertTrue(result.findings(FindingCodes.PLACEHOLDER_ROW_IGNORED).isEmpty());
        assertTrue(result.findings(FindingCodes.FRAMEWORK_MISMATCH).isEmpty());
        assertTrue(result.table().indicators().stream().allMatch(i -> i.periodValue() == null));
    }

    @Test
    void readsTheHeadAndConvertsItsAmounts() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                """);
        var table = result.table();
        assertEquals("测试局", table.departmentName());
        assertEquals(2025, table.fiscalYear());
        assertEquals(12, table.staffCount());
        assertEquals(new BigDecimal("1005000.00"), table.amounts().basicExpenditure());
        assertEquals(new BigDecimal("500000.00"), table.amounts().projectExpenditure());
        assertNull(table.amounts().cityLevelFunds());
        assertNull(table.amounts().transferPaymentFunds());
        assertEquals("<p>目标一：完成任务。</p>", table.overallGoalHtml());
        assertEquals(
                List.of(new BigDecimal("500000.00")),
                table.tasks().stream().map(TaskLine::plannedFunds).toList());
    }

    @Test
    void keepsAnUnknownLevel2WrittenInItsOwnCellAndSuggestsTheFrameworksName() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                |满意度指标|服务对象|群众满意度|≥90%
                """);
        IndicatorLine line = result.table().indicators().get(1);
        assertEquals("满意度指标", line.level1());
        assertEquals("服务对象", line.level2());
        List<ImportFinding> mismatch = result.findings(FindingCodes.FRAMEWORK_MISMATCH);
        assertEquals(1, mismatch.size());
        assertEquals("line 15, column 3", mismatch.get(0).location());
        assertTrue(mismatch.get(0).message().contains("服务对象满意度指标"));
    }

    @Test
    void infersTheOnlyLevel2OfALevel1() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                |满意度指标|群众满意度|≥90%
                """);
        assertEquals("服务对象满意度指标", result.table().indicators().get(1).level2());
        assertEquals(
                List.of("line 15, column 3"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.LEVEL2_INFERRED));
    }

    @Test
    void putsASingleValueIntoTheColumnItStandsIn() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|实施周期指标值|年度指标值
                |产出指标|数量指标|指标1|≥3次|≥1次
                |||指标2||≥2次
                |||指标3|≥9次|
                |||指标4|≥12次|≥4次
                """);
        List<IndicatorLine> lines = result.table().indicators();
        assertEquals(
                List.of("≥3次", "≥1次"),
                List.of(lines.get(0).periodValue(), lines.get(0).annualValue()));
        assertNull(lines.get(1).periodValue());
        assertEquals("≥2次", lines.get(1).annualValue());
        assertEquals("≥9次", lines.get(2).periodValue());
        assertNull(lines.get(2).annualValue());
        assertEquals(
                List.of("line 15, column 5", "line 16, column 6"),
                ZhanjiangXlsxImportTest.locations(result, FindingCodes.BLANK_KEPT)
                        .subList(2, 4));
        assertTrue(result.findings(FindingCodes.VALUE_COLUMN_AMBIGUOUS).isEmpty());
    }

    @Test
    void keepsTheColumnDistanceOfARowThatLostItsLeadingCells() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|实施周期指标值|年度指标值
                |产出指标|数量指标|指标1|≥3次|≥1次
                指标2||≥2次
                """);
        IndicatorLine line = result.table().indicators().get(1);
        assertNull(line.periodValue());
        assertEquals("≥2次", line.annualValue());
        assertTrue(result.findings(FindingCodes.VALUE_COLUMN_AMBIGUOUS).isEmpty());
    }

    @Test
    void reportsAValueWhoseColumnCannotBeTold() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|实施周期指标值|年度指标值
                |产出指标|数量指标|指标1|≥3次|≥1次
                指标2|||||≥2次
                """);
        IndicatorLine line = result.table().indicators().get(1);
        assertEquals("≥2次", line.periodValue());
        assertEquals(
                List.of("line 15, column 1"),
                ZhanjiangXlsxImportTest.locations(result, FindingCodes.VALUE_COLUMN_AMBIGUOUS));
    }

    @Test
    void skipsRowsThatCannotBePlaced() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|指标值
                |孤立指标|≥1次
                |产出指标|数量指标|指标1|≥1次
                |甲|乙|丙|丁|戊
                """);
        assertEquals(
                List.of("指标1"),
                result.table().indicators().stream().map(IndicatorLine::name).toList());
        assertEquals(
                List.of("line 14, column 2", "line 16, column 2"),
                ZhanjiangXlsxImportTest.locations(result, FindingCodes.ROW_NOT_PLACED));
        assertTrue(result.findings(FindingCodes.ROW_NOT_PLACED).stream()
                .allMatch(f -> f.severity() == FindingSeverity.WARNING));
    }

    @Test
    void readsTheCentralFrameworkWithCostAsALevel1() {
        IndicatorFramework central = new IndicatorFramework(
                "central-2021",
                "中央部门项目支出绩效指标框架(2021)",
                List.of(
                        new Entry("产出指标", "数量指标"),
                        new Entry("成本指标", "经济成本指标"),
                        new Entry("效益指标", "社会效益指标"),
                        new Entry("满意度指标", "服务对象满意度指标")));
        String indicators = """
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                |成本指标|经济成本指标|单位成本|≤100元
                """;
        ImportResult underCentral = reader.read(TestFiles.tsv(HEAD + indicators), central);
        assertEquals("成本指标", underCentral.table().indicators().get(1).level1());
        assertTrue(underCentral.findings(FindingCodes.FRAMEWORK_MISMATCH).isEmpty());

        ImportResult underGuangdong = read(indicators);
        assertEquals(
                List.of("产出指标", "成本指标"),
                underGuangdong.table().indicators().stream()
                        .map(IndicatorLine::level1)
                        .toList(),
                "what is written is kept");
        assertEquals(1, underGuangdong.findings(FindingCodes.FRAMEWORK_MISMATCH).size());
    }

    @Test
    void readsThePeriodWhenACaptionStatesIt() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|实施周期指标值（2024-2026年）|年度指标值
                |产出指标|数量指标|指标1|≥3次|≥1次
                """);
        assertEquals(2024, result.table().periodStartYear());
        assertEquals(2026, result.table().periodEndYear());
        assertEquals("≥3次", result.table().indicators().get(0).periodValue());
    }

    @Test
    void readsWeightsWhenTheFormHasThem() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|指标值|权重|备注
                |产出指标|数量指标|指标1|≥1次|20|无
                |||指标2|≥2次|30分|
                """);
        assertEquals(new BigDecimal("20"), result.table().indicators().get(0).weight());
        assertEquals(new BigDecimal("30"), result.table().indicators().get(1).weight());
        assertEquals("≥2次", result.table().indicators().get(1).annualValue());
    }

    @Test
    void stopsAtNotesAfterTheTable() {
        ImportResult result = read("""
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                填表人：张三|联系电话：12345678
                注：本表金额单位为万元。
                """);
        assertEquals(1, result.table().indicators().size());
        assertEquals(
                List.of("line 15, column 1"),
                ZhanjiangXlsxImportTest.locations(result, FindingCodes.TRAILING_ROWS_IGNORED));
    }

    @Test
    void readsLabelsWithInlineValuesAndFullWidthPunctuation() {
        String head = """
                部门名称：示例局
                年度：2026
                基本信息||财政供养人员数：|3人|下属二级单位数|1
                预算整体情况||部门预算支出|预算金额（元）|收入来源|预算金额（元）
                ||基本支出|1,000.50|财政拨款|1000.5
                ||项目支出||其他资金|—
                总体绩效目标||"第一行 & <b>
                第二行"
                """;
        ImportResult result = read(head, """
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                """);
        var table = result.table();
        assertEquals("示例局", table.departmentName());
        assertEquals(2026, table.fiscalYear());
        assertEquals(3, table.staffCount());
        assertEquals(new BigDecimal("1000.50"), table.amounts().basicExpenditure(), "元 stays 元");
        assertNull(table.amounts().projectExpenditure());
        assertNull(table.amounts().otherFunds(), "a dash is not 0");
        assertEquals("<p>第一行 &amp; &lt;b&gt;</p><p>第二行</p>", table.overallGoalHtml());
        assertTrue(result.findings(FindingCodes.UNIT_CONVERTED).isEmpty());
        assertEquals(
                5,
                result.findings(FindingCodes.LABEL_NOT_FOUND).size(),
                "the four development/level amounts and the key tasks");
    }

    @Test
    void reportsAmountsItCannotReadOrMustRound() {
        String head = HEAD.replace("|100.5|", "|一百万|").replace("|50|", "|50.1234567|");
        ImportResult result = read(head, """
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                """);
        assertNull(result.table().amounts().basicExpenditure());
        assertEquals(new BigDecimal("501234.57"), result.table().amounts().projectExpenditure());
        ImportFinding unreadable =
                result.findings(FindingCodes.AMOUNT_UNREADABLE).get(0);
        assertEquals(FindingSeverity.ERROR, unreadable.severity());
        assertEquals("line 5, column 4", unreadable.location());
        assertEquals(
                List.of("line 6, column 4"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.AMOUNT_ROUNDED));
        assertTrue(result.hasErrors());
    }

    @Test
    void assumesWanYuanWhenNoUnitIsStated() {
        String head = HEAD.replace("预算金额(万元)", "预算金额");
        ImportResult result = read(head, """
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                """);
        assertEquals(new BigDecimal("1005000.00"), result.table().amounts().basicExpenditure());
        assertEquals(1, result.findings(FindingCodes.UNIT_ASSUMED).size());
        assertEquals(
                FindingSeverity.WARNING,
                result.findings(FindingCodes.UNIT_ASSUMED).get(0).severity());
    }

    @Test
    void readsTasksWhoseColumnsAreOrderedDifferently() {
        String head = HEAD.replace("||名称|主要实施内容|拟投入的资金(元)|期望达到的目标(概述)", "||名称|拟投入的资金（万元）|主要实施内容|期望达到的目标（概述）")
                .replace("||任务A|内容A|500,000.00|目标A", "||任务A|12.5|内容A|目标A\n||任务B||内容B|\n||合 计|12.5||");
        ImportResult result = read(head, """
                绩效指标|一级指标|二级指标|三级指标|指标值
                |产出指标|数量指标|指标1|≥1次
                """);
        List<TaskLine> tasks = result.table().tasks();
        assertEquals(
                new TaskLine(
                        org.budgetperf.budget.domain.TaskKind.KEY, "任务A", "内容A", new BigDecimal("125000.00"), "目标A"),
                tasks.get(0));
        assertEquals("内容B", tasks.get(1).content());
        assertNull(tasks.get(1).plannedFunds());
        assertNull(tasks.get(1).expectedOutcome());
        assertEquals(2, tasks.size());
        assertEquals(
                List.of("line 14, column 3"),
                ZhanjiangXlsxImportTest.locations(result, FindingCodes.TOTAL_ROW_IGNORED));
    }
}
