package org.budgetperf.exchange.selfevaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank forms a department fills in for a stored table: the 项目支出绩效自评表 ({@link #selfEvaluation}) and
 * the monthly 绩效运行监控表 ({@link #monitoring}), pre-filled with the approved indicators, their targets and weights
 * and the budget, with the cells to fill left blank. {@link SelfEvaluationFormReader} and {@link MonitoringFormReader}
 * read them back filled in.
 *
 * <h2>Self-evaluation layout (columns A–H)</h2>
 * <pre>
 * row 1      {year}年度项目支出绩效自评表
 * rows 2–3   项目名称 | … | 项目联系人 | …  /  项目实施单位 | … | 项目主管部门 | …
 * rows 4–5   项目预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 填写说明; 年初预算数 filled in below
 * rows 6–7   当年绩效目标 | 全年绩效目标 | 全年目标实际完成情况
 * row 8      一级指标 | 二级指标 | 三级指标 | 年度指标值 | 指标权重 | 全年完成值 | 得分率（%） | 偏差原因分析及改进措施
 * rows 9…    one row per indicator in table order, then the 预算执行率 row (its 偏差原因 is the reason for execution
 *            below 90 %), 说明, 备注
 * </pre>
 *
 * <h2>Monitoring layout (columns A–H)</h2>
 * <pre>
 * row 1      {year}年度部门整体绩效运行监控表
 * row 2      部门名称 | … | 监控月份 | {month}
 * rows 3–4   预算执行情况（万元） | 全年预算数 | 截至本月执行数 | 填写说明; 全年预算数 filled in below
 * row 5      一级指标 | 二级指标 | 三级指标 | 年度指标值 | 截至本月完成值 | 预计全年完成值 | 偏差原因 | 改进措施
 * rows 6…    one row per indicator in table order, then 备注
 * </pre>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>一级 and 二级 are written on every row, not merged: a department sorting or copying rows keeps them, and the
 *       upload matches rows by position and name anyway.</li>
 *   <li>The cells to fill of a qualitative target offer 达成 / 部分达成 / 未达成 as a list (data validation) with a
 *       warning, not a stop, because the target's own words are accepted too; 得分率 accepts 0–100.</li>
 *   <li>All texts are quote-prefixed text cells, so nothing typed into them becomes a formula by itself.</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class BlankFormWriter {

    /** What a blank form states about the table. */
    public record Table(
            String department, Integer fiscalYear, String annualGoal, BigDecimal budgetYuan, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One approved indicator.
     *
     * @param qualitative whether the target is a word (合规, 优), so that 达成 / 部分达成 / 未达成 are offered
     */
    public record Row(
            String level1, String level2, String name, String target, BigDecimal weight, boolean qualitative) {}

    static final String SELF_EVALUATION_SHEET = "项目支出绩效自评表";
    static final String MONITORING_SHEET = "绩效运行监控表";
    static final String QUALITATIVE_RESULTS = "达成,部分达成,未达成";
    private static final int[] SELF_EVALUATION_WIDTHS = {14, 14, 26, 12, 10, 14, 12, 36};
    private static final int[] MONITORING_WIDTHS = {14, 14, 26, 12, 14, 14, 26, 26};

    /** Writes the blank 自评表 of a table to {@code out}, which is not closed. */
    public void selfEvaluation(Table table, OutputStream out) {
        write(table, out, SELF_EVALUATION_SHEET, SELF_EVALUATION_WIDTHS, s -> {
            s.newRow(30);
            s.put(0, 7, year(table) + "项目支出绩效自评表", s.title);
            people(s, "项目名称", table.department() + "部门整体支出", "项目联系人", null);
            people(s, "项目实施单位", table.department(), "项目主管部门", table.department());
            int budgetRow = s.labelRow("项目预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数");
            s.put(4, 7, "填写说明", s.label);
            s.newRow(-1);
            s.putAmount(1, table.budgetYuan());
            s.putAmount(2, null);
            s.putAmount(3, null);
            s.put(4, 7, "请填写调整后的全年预算数与全年实际执行数（万元，空白不按 0 计）", s.text);
            s.merge(budgetRow, s.row(), 0, 0);
            s.newRow(-1);
            int goalRow = s.row();
            s.put(0, "当年绩效目标", s.label);
            s.put(1, 4, "全年绩效目标", s.label);
            s.put(5, 7, "全年目标实际完成情况", s.label);
            s.newRow(-1);
            s.put(1, 4, table.annualGoal(), s.text);
            s.put(5, 7, null, s.text);
            s.merge(goalRow, s.row(), 0, 0);
            captions(s, "一级指标", "二级指标", "三级指标", "年度指标值", "指标权重", "全年完成值", "得分率（%）", "偏差原因分析及改进措施");
            for (Row row : table.rows()) {
                s.newRow(-1);
                indicator(s, row);
                s.putNumber(4, row.weight(), s.number);
                blank(s, 5, 7);
                if (row.qualitative()) {
                    offer(s, 5, QUALITATIVE_RESULTS);
                    percent(s, 6);
                }
            }
            s.newRow(-1);
            s.put(0, "预算执行率", s.text);
            s.put(1, null, s.text);
            s.put(2, "预算执行率", s.text);
            s.put(3, "≥90%", s.text);
            blank(s, 4, 7);
            s.newRow(-1);
            s.put(0, "说明", s.label);
            s.put(1, 7, null, s.text);
            remark(s, "表中指标、年度指标值和权重为批准的目标，请勿修改；计分由系统按评分规则计算。定性指标的得分率按达成 80–100、部分达成 60–80、未达成 0–60 填写。");
        });
    }

    /** Writes the blank monitoring form of a table for {@code month} to {@code out}, which is not closed. */
    public void monitoring(Table table, int month, OutputStream out) {
        write(table, out, MONITORING_SHEET, MONITORING_WIDTHS, s -> {
            s.newRow(30);
            s.put(0, 7, year(table) + "部门整体绩效运行监控表", s.title);
            s.newRow(-1);
            s.put(0, "部门名称", s.label);
            s.put(1, 3, table.department(), s.text);
            s.put(4, "监控月份", s.label);
            s.putNumber(5, BigDecimal.valueOf(month), s.number);
            s.put(6, 7, "月（截至该月末）", s.text);
            int budgetRow = s.labelRow("预算执行情况（万元）", "全年预算数", "截至本月执行数");
            s.put(3, 7, "填写说明", s.label);
            s.newRow(-1);
            s.putAmount(1, table.budgetYuan());
            s.putAmount(2, null);
            s.put(3, 7, "请填写截至本月末的实际执行数（万元，空白不按 0 计）", s.text);
            s.merge(budgetRow, s.row(), 0, 0);
            captions(s, "一级指标", "二级指标", "三级指标", "年度指标值", "截至本月完成值", "预计全年完成值", "偏差原因", "改进措施");
            for (Row row : table.rows()) {
                s.newRow(-1);
                indicator(s, row);
                blank(s, 4, 7);
                if (row.qualitative()) {
                    offer(s, 5, QUALITATIVE_RESULTS);
                }
            }
            remark(s, "表中指标和年度指标值为批准的目标，请勿修改；预计全年完成值未达目标的，须填写偏差原因和改进措施。");
        });
    }

    private interface Body {
        void write(FormSheet sheet);
    }

    private static void write(Table table, OutputStream out, String sheetName, int[] widths, Body body) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FormSheet sheet = new FormSheet(workbook, sheetName, widths);
            body.write(sheet);
            sheet.finish(true, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String year(Table table) {
        return table.fiscalYear() == null ? "" : table.fiscalYear() + "年度";
    }

    private static void people(FormSheet s, String label, String value, String otherLabel, String other) {
        s.newRow(-1);
        s.put(0, label, s.label);
        s.put(1, 3, value, s.text);
        s.put(4, otherLabel, s.label);
        s.put(5, 7, other, s.text);
    }

    private static void captions(FormSheet s, String... captions) {
        s.labelRow(captions);
        s.repeatCurrentRow();
    }

    private static void indicator(FormSheet s, Row row) {
        s.put(0, row.level1(), s.text);
        s.put(1, row.level2(), s.text);
        s.put(2, row.name(), s.text);
        s.put(3, row.target(), s.text);
    }

    private static void blank(FormSheet s, int first, int last) {
        for (int c = first; c <= last; c++) {
            s.put(c, null, s.text);
        }
    }

    private static void remark(FormSheet s, String text) {
        s.newRow(-1);
        s.put(0, "备注", s.label);
        s.put(1, 7, text, s.text);
    }

    /** A list of words offered in a cell of the current row; other words are warned about, not refused. */
    private static void offer(FormSheet s, int column, String words) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(s.sheet);
        DataValidationConstraint list = helper.createExplicitListConstraint(words.split(","));
        validate(s, helper.createValidation(list, new CellRangeAddressList(s.row(), s.row(), column, column)));
    }

    /** 得分率: a number from 0 to 100. */
    private static void percent(FormSheet s, int column) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(s.sheet);
        DataValidationConstraint range =
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
        validate(s, helper.createValidation(range, new CellRangeAddressList(s.row(), s.row(), column, column)));
    }

    private static void validate(FormSheet s, DataValidation validation) {
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        s.sheet.addValidationData(validation);
    }
}
