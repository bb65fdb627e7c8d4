package org.budgetperf.exchange.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.GoalParagraphs;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.shared.money.AmountUnit;

/**
 * The official layout of the 部门整体预算绩效目标表 as the writers print it: which cell holds what, which
 * cells are merged, the order of the blocks, the labels and the units. Both writers render this one
 * description, the xlsx writer with merged regions and styles, the text writer as rows of
 * {@value #COLUMNS} tab-separated cells with merged cells left empty (the Dongguan shape), so the two
 * formats cannot drift apart. Labels are the readers' {@link FormLabel} spellings.
 *
 * <pre>
 *   A   B │ C          D          E          F          G          H          I
 *   部门整体预算绩效目标表 / (2024年)                                          title rows, no grid
 *   部门名称 │ name (C:I)
 *   基本信息 │ 财政供养人员数 │ n │ 下属二级单位数 (E:F) │ n │ (H:I)
 *   预算整体情况 │ 部门预算支出 │ 预算金额(万元) │ 收入来源 (E:F) │ 预算金额(万元) (G:I)   6 rows
 *   总体绩效目标 │ goal (C:I, as many rows as it needs height)
 *   年度重点工作任务 │ 名称 │ 主要实施内容 (D:E) │ 拟投入的资金(元) │ 期望达到的目标(概述) (G:I)
 *   其他需完成的任务(可选填) │ 名称 │ 目标内容 (D:E) │ 拟投入的资金(元) │ (G:I)
 *   绩效指标 (A) │ 一级指标 │ 二级指标 │ 三级指标 (D:E) │ 实施周期指标值(2024-2026年) (F:G) │ 年度指标值 (H:I)
 * </pre>
 *
 * <h2>Decisions that make the layout read back exactly</h2>
 * <ul>
 *   <li>Amounts of 预算整体情况 are printed in 万元 (6 decimals of 万元 are 分), task funds in 元; the unit is
 *       in every caption. Blank stays blank, 0 is printed as 0.00.</li>
 *   <li>The 绩效指标 block: value columns, placeholder rows for framework pairs without indicators, 一级 runs and
 *       label rows, see {@link IndicatorBlockLayout}.</li>
 *   <li>An 其他需完成的任务 column for 期望达到的目标 is printed only when an other task has one (the form has
 *       no such column; it is there so nothing is lost).</li>
 * </ul>
 * What the format cannot carry is listed in {@code docs/export.md}.
 */
final class OfficialLayout {

    /** Columns A..I, as in the Dongguan reference. */
    static final int COLUMNS = 9;

    static final String TITLE = "部门整体预算绩效目标表";
    /** Relative widths of the columns, in characters of the default font (a CJK character counts 2). */
    static final int[] COLUMN_WIDTHS = {6, 8, 16, 13, 13, 13, 13, 13, 13};

    static final String DEPARTMENT = FormLabel.DEPARTMENT.printed();
    static final String BASIC_INFO = FormLabel.BASIC_INFO.printed();
    static final String STAFF_COUNT = FormLabel.STAFF_COUNT.printed();
    static final String SUBORDINATE_UNITS = FormLabel.SUBORDINATE_UNITS.printed();
    static final String BUDGET_OVERVIEW = FormLabel.BUDGET_OVERVIEW.printed();
    static final String AMOUNT_CAPTION = FormLabel.AMOUNT_CAPTION.printed() + unit(AmountUnit.WAN_YUAN);
    static final String OVERALL_GOAL = FormLabel.OVERALL_GOAL.printed();
    static final String KEY_TASKS = FormLabel.KEY_TASKS.printed();
    static final String OTHER_TASKS = FormLabel.OTHER_TASKS.printed() + "(可选填)";
    static final String TASK_NAME = FormLabel.TASK_NAME.printed();
    static final String KEY_TASK_CONTENT = FormLabel.TASK_CONTENT.printed();
    static final String OTHER_TASK_CONTENT = FormLabel.TASK_CONTENT.printedAs("目标内容");
    static final String TASK_FUNDS = FormLabel.TASK_FUNDS.printed() + unit(AmountUnit.YUAN);
    static final String TASK_OUTCOME = FormLabel.TASK_OUTCOME.printed() + "(概述)";
    static final String INDICATORS = FormLabel.INDICATORS.printed();
    static final String LEVEL1 = FormLabel.LEVEL1.printed();
    static final String LEVEL2 = FormLabel.LEVEL2.printed();
    static final String LEVEL3 = FormLabel.LEVEL3.printed();
    static final String PERIOD_VALUE = FormLabel.PERIOD_VALUE.printed();
    static final String ANNUAL_VALUE = FormLabel.ANNUAL_VALUE.printed();
    static final String SINGLE_VALUE = FormLabel.ANNUAL_VALUE.printedAs("指标值");
    static final String WEIGHT = FormLabel.WEIGHT.printed();

    /** The money fields of 预算整体情况: (spending side, income side) per row, under the two section captions. */
    private static final FormLabel[][] AMOUNT_ROWS = {
        {FormLabel.SPENDING_SECTION, FormLabel.INCOME_SECTION},
        {FormLabel.BASIC_EXPENDITURE, FormLabel.FISCAL_APPROPRIATION},
        {FormLabel.PROJECT_EXPENDITURE, FormLabel.OTHER_FUNDS},
        {FormLabel.DEVELOPMENT_SECTION, FormLabel.LEVEL_SECTION},
        {FormLabel.SPECIAL_FUNDS, FormLabel.CITY_LEVEL_FUNDS},
        {FormLabel.OTHER_DEVELOPMENT_EXPENDITURE, FormLabel.TRANSFER_PAYMENT_FUNDS}
    };

    /** What a cell is; the xlsx writer styles by it, the text writer only needs the text. */
    enum Role {
        /** The title rows above the grid. */
        TITLE,
        SUBTITLE,
        /** A printed label or caption of the form (our text, never the department's). */
        SECTION,
        LABEL,
        CAPTION,
        /** The department's text: names, contents, outcomes, indicator names. */
        TEXT,
        /** The overall goal. */
        GOAL,
        /** 一级 / 二级 names as the table has them (may be outside the framework). */
        HIERARCHY,
        /** A target value or weight, exactly as written. */
        VALUE,
        /** 财政供养人员数, 下属二级单位数. */
        COUNT,
        /** Money; {@link Placed#amount()} in 元, printed in {@link Placed#unit()}. */
        AMOUNT,
        /** A bordered empty cell of the grid. */
        EMPTY
    }

    /**
     * One cell of the layout, covering the area from (row, column) to (lastRow, lastColumn), which is a merged
     * region when larger than one cell. {@code text} is what the text format prints (null for nothing).
     */
    record Placed(
            int row,
            int column,
            int lastRow,
            int lastColumn,
            Role role,
            String text,
            BigDecimal amount,
            AmountUnit unit,
            Integer count) {

        boolean isMerged() {
            return lastRow > row || lastColumn > column;
        }

        /** Characters of width the area offers, for estimating how many lines its text wraps to. */
        int width() {
            int width = 0;
            for (int c = column; c <= lastColumn; c++) {
                width += COLUMN_WIDTHS[c];
            }
            return width;
        }
    }

    private final List<Placed> cells = new ArrayList<>();
    private int rows;
    private int tableStartRow;
    private int indicatorCaptionRow;
    private final List<Integer> goalRows = new ArrayList<>();

    private OfficialLayout() {}

    /**
     * @param goalRows how many rows the goal cell spans (xlsx rows have a maximum height); at least 1
     */
    static OfficialLayout of(TargetTable table, IndicatorFramework framework, int goalRows) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(framework, "framework");
        OfficialLayout layout = new OfficialLayout();
        layout.title(table.fiscalYear());
        layout.head(table);
        layout.amounts(table.amounts());
        layout.goal(table.overallGoalHtml(), Math.max(1, goalRows));
        layout.tasks(table.tasks());
        IndicatorBlockLayout.place(layout, table, framework);
        return layout;
    }

    List<Placed> cells() {
        return cells;
    }

    int rowCount() {
        return rows;
    }

    /** The first row of the bordered grid (after the title rows). */
    int tableStartRow() {
        return tableStartRow;
    }

    /** The caption row of 绩效指标, repeated at the top of printed pages. */
    int indicatorCaptionRow() {
        return indicatorCaptionRow;
    }

    /** Records the caption row of 绩效指标 ({@link IndicatorBlockLayout} places it). */
    void indicatorCaptionRow(int row) {
        indicatorCaptionRow = row;
    }

    /** Starts a new row at the bottom of the layout; returns its index. */
    int addRow() {
        return rows++;
    }

    // ---------------------------------------------------------------- blocks

    private void title(Integer year) {
        place(0, 0, 0, COLUMNS - 1, Role.TITLE, TITLE);
        place(1, 0, 1, COLUMNS - 1, Role.SUBTITLE, year == null ? null : "(" + year + "年)");
        rows = 2;
        tableStartRow = rows;
    }

    private void head(TargetTable table) {
        int r = rows++;
        section(r, r, DEPARTMENT);
        place(r, 2, r, COLUMNS - 1, Role.TEXT, table.departmentName());
        r = rows++;
        section(r, r, BASIC_INFO);
        place(r, 2, r, 2, Role.LABEL, STAFF_COUNT);
        count(r, 3, table.staffCount());
        place(r, 4, r, 5, Role.LABEL, SUBORDINATE_UNITS);
        count(r, 6, table.subordinateUnitCount());
        place(r, 7, r, COLUMNS - 1, Role.EMPTY, null);
    }

    private void amounts(BudgetAmounts a) {
        BigDecimal[][] values = {
            null,
            {a.basicExpenditure(), a.fiscalAppropriation()},
            {a.projectExpenditure(), a.otherFunds()},
            null,
            {a.specialFunds(), a.cityLevelFunds()},
            {a.otherDevelopmentExpenditure(), a.transferPaymentFunds()}
        };
        int first = rows;
        section(first, first + AMOUNT_ROWS.length - 1, BUDGET_OVERVIEW);
        for (int i = 0; i < AMOUNT_ROWS.length; i++) {
            int r = rows++;
            Role labels = values[i] == null ? Role.CAPTION : Role.LABEL;
            place(r, 2, r, 2, labels, AMOUNT_ROWS[i][0].printed());
            place(r, 4, r, 5, labels, AMOUNT_ROWS[i][1].printed());
            if (values[i] == null) {
                place(r, 3, r, 3, Role.CAPTION, AMOUNT_CAPTION);
                place(r, 6, r, COLUMNS - 1, Role.CAPTION, AMOUNT_CAPTION);
            } else {
                amount(r, 3, 3, values[i][0], AmountUnit.WAN_YUAN);
                amount(r, 6, COLUMNS - 1, values[i][1], AmountUnit.WAN_YUAN);
            }
        }
    }

    private void goal(String html, int goalRowCount) {
        int first = rows;
        rows += goalRowCount;
        for (int r = first; r < rows; r++) {
            goalRows.add(r);
        }
        section(first, rows - 1, OVERALL_GOAL);
        place(first, 2, rows - 1, COLUMNS - 1, Role.GOAL, goalCellText(html));
    }

    /** The rows the goal spans (their height is shared out by the xlsx writer). */
    List<Integer> goalRows() {
        return goalRows;
    }

    private void tasks(List<TaskLine> tasks) {
        List<TaskLine> key =
                tasks.stream().filter(t -> t.kind() != TaskKind.OTHER).toList();
        List<TaskLine> other =
                tasks.stream().filter(t -> t.kind() == TaskKind.OTHER).toList();
        taskBlock(KEY_TASKS, KEY_TASK_CONTENT, key, true);
        taskBlock(OTHER_TASKS, OTHER_TASK_CONTENT, other, other.stream().anyMatch(t -> t.expectedOutcome() != null));
    }

    private void taskBlock(String label, String contentCaption, List<TaskLine> tasks, boolean withOutcome) {
        int first = rows++;
        section(first, first + tasks.size(), label);
        place(first, 2, first, 2, Role.CAPTION, TASK_NAME);
        place(first, 3, first, 4, Role.CAPTION, contentCaption);
        place(first, 5, first, 5, Role.CAPTION, TASK_FUNDS);
        place(first, 6, first, COLUMNS - 1, withOutcome ? Role.CAPTION : Role.EMPTY, withOutcome ? TASK_OUTCOME : null);
        for (TaskLine task : tasks) {
            int r = rows++;
            place(r, 2, r, 2, Role.TEXT, task.name());
            place(r, 3, r, 4, Role.TEXT, task.content());
            amount(r, 5, 5, task.plannedFunds(), AmountUnit.YUAN);
            place(
                    r,
                    6,
                    r,
                    COLUMNS - 1,
                    withOutcome ? Role.TEXT : Role.EMPTY,
                    withOutcome ? task.expectedOutcome() : null);
        }
    }

    // ---------------------------------------------------------------- cells

    private void section(int row, int lastRow, String label) {
        place(row, 0, lastRow, 1, Role.SECTION, label);
    }

    private void count(int row, int column, Integer value) {
        cells.add(new Placed(
                row, column, row, column, Role.COUNT, value == null ? null : value.toString(), null, null, value));
    }

    private void amount(int row, int column, int lastColumn, BigDecimal yuan, AmountUnit unit) {
        cells.add(new Placed(
                row,
                column,
                row,
                lastColumn,
                Role.AMOUNT,
                yuan == null ? null : amountText(yuan, unit),
                yuan,
                unit,
                null));
    }

    /** Places a cell of {@code role} covering (row, column) to (lastRow, lastColumn). */
    void place(int row, int column, int lastRow, int lastColumn, Role role, String text) {
        cells.add(new Placed(row, column, lastRow, lastColumn, role, text, null, null, null));
    }

    private static String unit(AmountUnit unit) {
        return "(" + FormUnits.printed(unit) + ")";
    }

    // ---------------------------------------------------------------- values

    /** An amount in 元 as printed in a unit: 万元 as Dongguan prints it ({@code 550.51}, up to 6 decimals), 元 grouped ({@code 632,600.00}). */
    static String amountText(BigDecimal yuan, AmountUnit unit) {
        return unit == AmountUnit.WAN_YUAN ? plain(FormUnits.fromYuan(yuan, unit)) : grouped(plain(yuan));
    }

    /** Plain digits, without trailing zeros beyond 2 decimals, never in exponent notation. */
    private static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    private static String grouped(String plain) {
        int start = plain.startsWith("-") || plain.startsWith("+") ? 1 : 0;
        int point = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3);
        out.append(plain, 0, start);
        for (int i = start; i < point; i++) {
            if (i > start && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, point, plain.length()).toString();
    }

    /**
     * The goal cell: one line per paragraph, entities decoded, no markup — what a department hands in and what a
     * printed form shows ({@link GoalParagraphs}). The readers turn each line back into a paragraph. Null or blank stays blank.
     */
    static String goalCellText(String html) {
        List<String> lines = GoalParagraphs.of(html);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
