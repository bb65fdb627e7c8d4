package org.budgetperf.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.exchange.sheet.TableImportException;
import org.junit.jupiter.api.Test;

/**
 * What an exported table does <em>not</em> carry, pinned down so that it is known and cannot change unnoticed
 * (docs/export.md lists the same cases). Each is a limit of the printed form or of what the readers can tell
 * apart, and each holds for both formats.
 */
class WhatTheFormCannotCarryTest {

    private static final IndicatorLine INDICATOR = new IndicatorLine("产出指标", "数量指标", "活动次数", null, "≥3次", null, null);

    @Test
    void textIsReadStrippedSoSurroundingWhiteSpaceIsLost() {
        TargetTable table = table(" 东莞市归国华侨联合会\t", List.of(new TaskLine(TaskKind.KEY, "任务", "内容\n", null, " 目标")));
        for (TargetTable back : both(table)) {
            assertThat(back.departmentName()).isEqualTo("东莞市归国华侨联合会");
            assertThat(back.tasks().get(0).content()).isEqualTo("内容");
            assertThat(back.tasks().get(0).expectedOutcome()).isEqualTo("目标");
        }
    }

    @Test
    void anEmptyTextIsABlankCellAndReadsBackAsNull() {
        TargetTable table = table("", List.of(new TaskLine(TaskKind.KEY, "任务", "", null, "目标")));
        for (TargetTable back : both(table)) {
            assertThat(back.departmentName()).isNull();
            assertThat(back.tasks().get(0).content()).isNull();
        }
    }

    @Test
    void aGoalIsPrintedAsItsLinesWithoutMarkupAndReadsBackAsTheSameParagraphs() {
        String stored = "<p>目标一：a&lt;b &amp; c</p> <p class=\"x\">目标二<strong>重点</strong><br>第二行</p>"
                + "<ul><li>目标三&nbsp;&nbsp;完成</li></ul>";
        TargetTable table = Exports.withGoal(table("部门", List.of()), stored);

        String printed = new TabSeparatedTableWriter().write(table, RealTables.GUANGDONG);
        assertThat(printed)
                .contains("\"目标一：a<b & c\n目标二重点\n第二行\n目标三 完成\"")
                .doesNotContain("<p")
                .doesNotContain("&amp;");
        for (TargetTable back : both(table)) {
            assertThat(back.overallGoalHtml())
                    .isEqualTo("<p>目标一：a&lt;b &amp; c</p><p>目标二重点</p><p>第二行</p><p>目标三 完成</p>");
            assertThat(Exports.viaXlsx(back, RealTables.GUANGDONG)).isEqualTo(back);
            assertThat(Exports.viaText(back, RealTables.GUANGDONG)).isEqualTo(back);
        }
    }

    @Test
    void otherTasksComeBackAfterTheKeyTasksBecauseTheFormHasOneBlockForEach() {
        TaskLine other = new TaskLine(TaskKind.OTHER, "其他任务", "内容", new BigDecimal("293000.00"), null);
        TaskLine key = new TaskLine(TaskKind.KEY, "任务1", "内容", new BigDecimal("632600.00"), "目标");
        for (TargetTable back : both(table("部门", List.of(other, key)))) {
            assertThat(back.tasks()).containsExactly(key, other);
        }
    }

    @Test
    void theTaskAnIndicatorMeasuresIsNotOnTheForm() {
        TargetTable table = new TargetTable(
                "部门",
                2024,
                null,
                null,
                0,
                0,
                BudgetAmounts.blank(),
                "<p>目标</p>",
                List.of(new TaskLine(TaskKind.KEY, "任务1", "内容", null, "目标")),
                List.of(new IndicatorLine("产出指标", "数量指标", "活动次数", null, "≥3次", null, 0)));
        for (TargetTable back : both(table)) {
            assertThat(back.indicators().get(0).taskIndex()).isNull();
        }
    }

    @Test
    void aPeriodIsPrintedOnlyWithBothYears() {
        TargetTable table = new TargetTable(
                "部门",
                2024,
                2024,
                null,
                0,
                0,
                BudgetAmounts.blank(),
                "<p>目标</p>",
                List.of(),
                List.of(new IndicatorLine("产出指标", "数量指标", "活动次数", "≥9次", "≥3次", null, null)));
        for (TargetTable back : both(table)) {
            assertThat(back.periodStartYear()).isNull();
            assertThat(back.periodEndYear()).isNull();
            assertThat(back.indicators().get(0).periodValue()).isEqualTo("≥9次");
        }
    }

    @Test
    void amountsComeBackInFenWithTwoDecimals() {
        BudgetAmounts amounts = new BudgetAmounts(
                new BigDecimal("5505100"), new BigDecimal("1.005"), null, null, null, null, null, null);
        TargetTable table =
                new TargetTable("部门", 2024, null, null, 0, 0, amounts, "<p>目标</p>", List.of(), List.of(INDICATOR));
        for (TargetTable back : both(table)) {
            assertThat(back.amounts().basicExpenditure()).isEqualTo(new BigDecimal("5505100.00"));
            assertThat(back.amounts().projectExpenditure())
                    .as("sub-分 is rounded half-up by the reader, with a warning")
                    .isEqualTo(new BigDecimal("1.01"));
        }
    }

    @Test
    void frameworkNamesComeBackInTheFrameworksSpelling() {
        TargetTable table = new TargetTable(
                "部门",
                2024,
                null,
                null,
                0,
                0,
                BudgetAmounts.blank(),
                "<p>目标</p>",
                List.of(),
                List.of(new IndicatorLine("产出指标", "数量 指标", "活动次数", null, "≥3次", null, null)));
        for (TargetTable back : both(table)) {
            assertThat(back.indicators().get(0).level2()).isEqualTo("数量指标");
        }
    }

    @Test
    void anUnknownLevel1NeedsEveryValueOnItsFirstRow() {
        // The readers tell an unknown 一级 from a 三级 name only by the number of cells in the row.
        IndicatorLine complete = new IndicatorLine("其他指标", "数量指标", "活动次数", null, "≥3次", null, null);
        IndicatorLine blankValue = new IndicatorLine("其他指标", "数量指标", "活动次数", null, null, null, null);
        assertThat(both(indicators(complete)))
                .allSatisfy(back -> assertThat(back.indicators()).containsExactly(complete));
        assertThat(both(indicators(blankValue)))
                .allSatisfy(back -> assertThat(back.indicators()).doesNotContain(blankValue));
    }

    @Test
    void aTextThatStartsWithABlockLabelAndAColonIsTakenForTheBlock() {
        // The readers find blocks by their label anywhere in the sheet, a value after a colon included
        // (部门名称：…); this content is taken for the 绩效指标 block, which then has no captions. A limit of the
        // readers, for imports of real files as much as for exports.
        TargetTable table = table("部门", List.of(new TaskLine(TaskKind.KEY, "任务1", "绩效指标：完成3次", null, "目标")));
        assertThatThrownBy(() -> Exports.viaXlsx(table, RealTables.GUANGDONG))
                .isInstanceOf(TableImportException.class)
                .extracting(e -> ((TableImportException) e).reason())
                .isEqualTo(TableImportException.Reason.NOT_A_TARGET_TABLE);
        assertThatThrownBy(() -> Exports.viaText(table, RealTables.GUANGDONG)).isInstanceOf(TableImportException.class);
    }

    @Test
    void xlsxRefusesACellLongerThanExcelAllowsWhileTextCarriesIt() {
        String content = "很长".repeat(20_000);
        TargetTable table = table("部门", List.of(new TaskLine(TaskKind.KEY, "任务", content, null, "目标")));
        assertThatThrownBy(() -> new XlsxTableWriter().write(table, RealTables.GUANGDONG, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32767");
        assertThat(Exports.viaText(table, RealTables.GUANGDONG)).isEqualTo(table);
    }

    private static List<TargetTable> both(TargetTable table) {
        return List.of(Exports.viaXlsx(table, RealTables.GUANGDONG), Exports.viaText(table, RealTables.GUANGDONG));
    }

    private static TargetTable table(String department, List<TaskLine> tasks) {
        return new TargetTable(
                department, 2024, null, null, 0, 1, BudgetAmounts.blank(), "<p>目标</p>", tasks, List.of(INDICATOR));
    }

    private static TargetTable indicators(IndicatorLine line) {
        return new TargetTable(
                "部门", 2024, null, null, 0, 1, BudgetAmounts.blank(), "<p>目标</p>", List.of(), List.of(line));
    }
}
