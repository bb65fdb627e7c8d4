package org.budgetperf.exchange.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.exchange.sheet.TableImportException.Reason;
import org.budgetperf.exchange.table.FormOutline.LabelAt;

/**
 * The one place that knows the official layout of the 部门整体预算绩效目标表. It reads a {@link Grid}
 * (whichever file it came from) block by block, each block found by its printed label, and returns
 * the table with the report of everything it had to interpret.
 *
 * <p>A grid is refused as "not a table of this kind" only when it has neither a 部门名称 nor a
 * 绩效指标 block with its caption row; everything short of that is imported and reported.
 */
final class OfficialLayoutInterpreter {

    ImportResult interpret(Grid grid, IndicatorFramework framework) {
        Objects.requireNonNull(framework, "framework");
        FormOutline outline = new FormOutline(grid);
        LabelAt department = outline.first(FormLabel.DEPARTMENT)
                .orElseThrow(() -> notATable(grid, "no 部门名称 (department) label", "没有“部门名称”"));
        var anchor = outline.first(FormLabel.INDICATORS);
        int searchFrom = anchor.map(LabelAt::row).orElse(0);
        int searchTo = anchor.isPresent() ? outline.blockEnd(searchFrom, FormLabel.INDICATORS) : grid.rowCount();
        IndicatorBlockReader.Captions captions = IndicatorBlockReader.findCaptions(grid, searchFrom, searchTo)
                .orElseThrow(
                        () -> notATable(grid, "no 绩效指标 block with 三级指标 and 指标值 captions", "没有带“三级指标”“指标值”栏目的“绩效指标”部分"));
        int indicatorsEnd = outline.blockEnd(captions.row(), FormLabel.INDICATORS);
        int headerEnd = Math.min(
                outline.firstRowOf(FormLabel.KEY_TASKS, FormLabel.OTHER_TASKS, FormLabel.INDICATORS), captions.row());

        ImportFindings findings = new ImportFindings();
        TableHeaderReader header = new TableHeaderReader(outline, findings);
        String departmentName = header.department(department);
        Integer year = header.fiscalYear(department, headerEnd);
        Integer staff = header.count(FormLabel.STAFF_COUNT, headerEnd);
        Integer units = header.count(FormLabel.SUBORDINATE_UNITS, headerEnd);
        var amounts = new BudgetAmountsReader(outline, findings).read(headerEnd);
        String goal = new OverallGoalReader(outline, findings).read();
        TaskBlockReader taskReader = new TaskBlockReader(outline, findings);
        List<TaskLine> tasks = new ArrayList<>(taskReader.read(FormLabel.KEY_TASKS, TaskKind.KEY));
        tasks.addAll(taskReader.read(FormLabel.OTHER_TASKS, TaskKind.OTHER));
        var indicators = new IndicatorBlockReader(grid, framework, findings).read(captions, indicatorsEnd);
        TableHeaderReader.Period period = header.period();

        TargetTable table = new TargetTable(
                departmentName,
                year,
                period == null ? null : period.startYear(),
                period == null ? null : period.endYear(),
                staff,
                units,
                amounts,
                goal,
                tasks,
                indicators);
        return new ImportResult(table, findings.list());
    }

    private static TableImportException notATable(Grid grid, String english, String chinese) {
        return new TableImportException(
                Reason.NOT_A_TARGET_TABLE,
                grid.description(),
                "Not a 部门整体预算绩效目标表: " + english + " in " + grid.description(),
                "不是部门整体预算绩效目标表：" + chinese + "（" + grid.description() + "）");
    }
}
