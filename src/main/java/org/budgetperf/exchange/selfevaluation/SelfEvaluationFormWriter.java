package org.budgetperf.exchange.selfevaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.evaluation.domain.BudgetExecutionScore;
import org.budgetperf.evaluation.domain.IndicatorScore;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;

/**
 * Writes a scored self-evaluation as an xlsx workbook in the layout of a 项目支出绩效自评表 (like Yuzhong 2021's), with
 * the scores filled in. {@link SelfEvaluationFormReader} reads it back.
 *
 * <h2>Layout (one sheet, columns A–I)</h2>
 * <pre>
 * row 1      title: {year}年度项目支出绩效自评表
 * rows 2–3   项目名称 | … | 项目联系人 | …  /  项目实施单位 | … | 项目主管部门 | …
 * rows 4–5   项目预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 预算执行率 | 分值 | 得分, values below
 * rows 6–7   当年绩效目标 | 全年绩效目标 | 全年目标实际完成情况, texts below
 * row 8      一级指标 | 二级指标 | 三级指标 | 年度指标值 | 指标权重 | 全年完成值 | 得分 | 计分规则及算式 | 偏差原因分析及改进措施
 * rows 9…    one row per indicator, then the 预算执行率 row (R-SCO-2)
 * then       合计 (Σ weights, total score) · 自评等级 (grade) · 说明 · 备注 (rule-set and weights versions)
 * </pre>
 * Consecutive equal 一级 (and 二级 within them) are merged, as on the printed forms.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Weights and scores are numeric cells with 2 decimals, the values of the outcome (each rounded half-up once);
 *       the total is the outcome's total, i.e. the exact sum rounded once, which may differ by 0.01s from the sum of
 *       the shown lines — the 计分规则及算式 column and the 合计 row show the unrounded figures.</li>
 *   <li>Amounts are in 万元 like the forms, exact: a numeric cell when a double holds the amount exactly and Excel
 *       shows every digit (≤ 15 significant digits), else right-aligned text with the exact digits.</li>
 *   <li>All text (names, targets such as {@code =100%}, explanations) is a string cell with a quote-prefixed style, never
 *       a formula: {@code =HYPERLINK(…)}, {@code +1}, {@code @x} stay text even when a person edits the cell.
 *       Characters XML cannot hold are written as {@code _xHHHH_} escapes; a text longer than an xlsx cell
 *       (32,767 characters) is an {@link IllegalArgumentException}.</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class SelfEvaluationFormWriter {

    static final String SHEET_NAME = "项目支出绩效自评表";
    static final int COLUMNS = 9;
    private static final int[] WIDTHS = {14, 14, 26, 12, 10, 12, 10, 60, 30};

    /**
     * Writes the workbook to {@code out}, which is not closed.
     *
     * @throws IllegalArgumentException when a text is longer than an xlsx cell can hold
     * @throws UncheckedIOException when {@code out} fails
     */
    public void write(SelfEvaluationHeader header, SelfEvaluationOutcome outcome, OutputStream out) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FormSheet sheet = new FormSheet(workbook, SHEET_NAME, WIDTHS);
            new Layout(sheet).write(header, outcome);
            sheet.finish(true, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows top to bottom. */
    private static final class Layout {
        private final FormSheet s;

        Layout(FormSheet sheet) {
            this.s = sheet;
        }

        void write(SelfEvaluationHeader header, SelfEvaluationOutcome outcome) {
            BudgetExecutionScore execution = outcome.budgetExecution();
            // title
            s.newRow(30);
            s.put(
                    0,
                    COLUMNS - 1,
                    (header.fiscalYear() == null ? "" : header.fiscalYear() + "年度") + "项目支出绩效自评表",
                    s.title);
            // header
            s.newRow(-1);
            s.put(0, "项目名称", s.label);
            s.put(1, 3, header.projectName(), s.text);
            s.put(4, "项目联系人", s.label);
            s.put(5, COLUMNS - 1, header.contact(), s.text);
            s.newRow(-1);
            s.put(0, "项目实施单位", s.label);
            s.put(1, 3, header.implementingUnit(), s.text);
            s.put(4, "项目主管部门", s.label);
            s.put(5, COLUMNS - 1, header.competentDepartment(), s.text);
            // budget block
            int budgetRow = s.labelRow("项目预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "预算执行率", "分值");
            s.put(6, COLUMNS - 1, "得分", s.label);
            s.newRow(-1);
            s.putAmount(1, header.initialBudget());
            s.putAmount(2, execution.adjustedBudget());
            s.putAmount(3, execution.spent());
            s.put(
                    4,
                    execution.ratePercent() == null
                            ? null
                            : execution.ratePercent().toPlainString() + "%",
                    s.text);
            s.putNumber(5, execution.weight(), s.number);
            s.putNumber(6, COLUMNS - 1, execution.score(), s.number);
            s.merge(budgetRow, s.row(), 0, 0);
            // goals
            s.newRow(-1);
            int goalRow = s.row();
            s.put(0, "当年绩效目标", s.label);
            s.put(1, 4, "全年绩效目标", s.label);
            s.put(5, COLUMNS - 1, "全年目标实际完成情况", s.label);
            s.newRow(-1);
            s.put(1, 4, header.annualGoal(), s.text);
            s.put(5, COLUMNS - 1, header.goalAchievement(), s.text);
            s.merge(goalRow, s.row(), 0, 0);
            // indicators
            s.labelRow("一级指标", "二级指标", "三级指标", "年度指标值", "指标权重", "全年完成值", "得分", "计分规则及算式", "偏差原因分析及改进措施");
            s.repeatCurrentRow();
            int level1From = -1;
            int level2From = -1;
            String level1 = null;
            String level2 = null;
            for (IndicatorScore line : outcome.indicators()) {
                s.newRow(-1);
                boolean sameLevel1 = level1From >= 0 && Objects.equals(level1, line.level1());
                if (!sameLevel1) {
                    s.closeMerge(level1From, s.row() - 1, 0);
                    s.closeMerge(level2From, s.row() - 1, 1);
                    level1From = s.row();
                    level2From = s.row();
                    level1 = line.level1();
                    level2 = line.level2();
                    s.put(0, level1, s.text);
                    s.put(1, level2, s.text);
                } else if (!Objects.equals(level2, line.level2())) {
                    s.closeMerge(level2From, s.row() - 1, 1);
                    level2From = s.row();
                    level2 = line.level2();
                    s.put(1, level2, s.text);
                } else {
                    s.put(0, null, s.text);
                    s.put(1, null, s.text);
                }
                s.put(2, line.name(), s.text);
                s.put(3, line.target().raw(), s.text);
                s.putNumber(4, line.weight(), s.number);
                s.put(5, line.actual(), s.text);
                s.putNumber(6, line.score(), s.number);
                s.put(7, formulaText(line), s.text);
                s.put(8, line.deviationExplanation(), s.text);
            }
            s.closeMerge(level1From, s.row(), 0);
            s.closeMerge(level2From, s.row(), 1);
            s.newRow(-1);
            s.put(0, "预算执行率", s.text);
            s.put(1, null, s.text);
            s.put(2, "预算执行率", s.text);
            s.put(3, "≥90%", s.text);
            s.putNumber(4, execution.weight(), s.number);
            s.put(
                    5,
                    execution.ratePercent() == null
                            ? null
                            : execution.ratePercent().toPlainString() + "%",
                    s.text);
            s.putNumber(6, execution.score(), s.number);
            s.put(7, execution.formula(), s.text);
            s.put(8, execution.shortfallReason(), s.text);
            // totals
            s.newRow(-1);
            s.put(0, 3, "合计", s.label);
            BigDecimal weights = outcome.groups().stream()
                    .map(g -> g.weight())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(execution.weight());
            s.putNumber(4, weights, s.number);
            s.put(5, null, s.text);
            s.putNumber(6, outcome.total(), s.number);
            s.put(
                    7,
                    COLUMNS - 1,
                    "Σ 未取整得分 " + outcome.unroundedTotal() + "，四舍五入保留两位小数为 "
                            + outcome.total().toPlainString(),
                    s.text);
            s.newRow(-1);
            s.put(0, 3, "自评等级", s.label);
            s.put(4, 6, outcome.grade(), s.text);
            s.put(
                    7,
                    COLUMNS - 1,
                    "R-SCO-7: " + outcome.total().toPlainString() + " → " + outcome.grade()
                            + "（≥ 90 优，80–89.99 良，60–79.99 中，< 60 差）",
                    s.text);
            s.newRow(-1);
            s.put(0, "说明", s.label);
            s.put(1, COLUMNS - 1, header.explanation(), s.text);
            s.newRow(-1);
            s.put(0, "备注", s.label);
            s.put(
                    1,
                    COLUMNS - 1,
                    "评分规则集 " + outcome.ruleSetVersion() + "，权重版本 " + outcome.weightsVersion() + "；得分为精确计算后四舍五入保留两位小数。",
                    s.text);
        }

        private static String formulaText(IndicatorScore line) {
            StringBuilder s = new StringBuilder();
            if (line.weightFormula() != null && !line.weightFormula().equals(line.formula())) {
                s.append(line.weightFormula()).append('\n');
            }
            s.append(line.formula());
            line.notes().forEach(n -> s.append('\n').append(n));
            return s.toString();
        }
    }
}
