package org.budgetperf.exchange.selfevaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.evaluation.domain.BudgetExecutionScore;
import org.budgetperf.evaluation.domain.IndicatorScore;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.sheet.SheetPrint;
import org.budgetperf.exchange.sheet.XlsxStyles;
import org.budgetperf.shared.money.AmountUnit;

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
    private static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final double LINE_POINTS = 13.5;
    private static final double PADDING_POINTS = 4;

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
            XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            new Layout(workbook, sheet).write(header, outcome);
            SheetPrint.onA4OnePageWide(sheet, true);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows top to bottom. */
    private static final class Layout {
        private final XSSFSheet sheet;
        private final XSSFCellStyle title;
        private final XSSFCellStyle label;
        private final XSSFCellStyle text;
        private final XSSFCellStyle number;
        private final XSSFCellStyle wan;
        private final XSSFCellStyle amountText;
        private int row = -1;
        /** Points the current row needs for its wrapped text. */
        private double needed;

        Layout(XSSFWorkbook workbook, XSSFSheet sheet) {
            this.sheet = sheet;
            XSSFFont plain = XlsxStyles.font(workbook, 10, false);
            XSSFFont bold = XlsxStyles.font(workbook, 10, true);
            title = workbook.createCellStyle();
            title.setFont(XlsxStyles.font(workbook, 16, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            label = XlsxStyles.grid(workbook, bold, HorizontalAlignment.CENTER, false);
            text = XlsxStyles.grid(workbook, plain, HorizontalAlignment.LEFT, true);
            number = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, false);
            number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            wan = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, false);
            wan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00####"));
            amountText = XlsxStyles.grid(workbook, plain, HorizontalAlignment.RIGHT, true);
        }

        void write(SelfEvaluationHeader header, SelfEvaluationOutcome outcome) {
            BudgetExecutionScore execution = outcome.budgetExecution();
            // title
            newRow(30);
            put(0, COLUMNS - 1, (header.fiscalYear() == null ? "" : header.fiscalYear() + "年度") + "项目支出绩效自评表", title);
            // header
            newRow(-1);
            put(0, "项目名称", label);
            put(1, 3, header.projectName(), text);
            put(4, "项目联系人", label);
            put(5, COLUMNS - 1, header.contact(), text);
            newRow(-1);
            put(0, "项目实施单位", label);
            put(1, 3, header.implementingUnit(), text);
            put(4, "项目主管部门", label);
            put(5, COLUMNS - 1, header.competentDepartment(), text);
            // budget block
            newRow(-1);
            int budgetRow = row;
            put(0, "项目预算执行情况（万元）", label);
            put(1, "年初预算数", label);
            put(2, "全年预算数", label);
            put(3, "全年执行数", label);
            put(4, "预算执行率", label);
            put(5, "分值", label);
            put(6, COLUMNS - 1, "得分", label);
            newRow(-1);
            putAmount(1, wan(header.initialBudget()));
            putAmount(2, wan(execution.adjustedBudget()));
            putAmount(3, wan(execution.spent()));
            put(
                    4,
                    execution.ratePercent() == null
                            ? null
                            : execution.ratePercent().toPlainString() + "%",
                    text);
            putNumber(5, execution.weight(), number);
            putNumber(6, COLUMNS - 1, execution.score(), number);
            merge(budgetRow, row, 0, 0);
            // goals
            newRow(-1);
            int goalRow = row;
            put(0, "当年绩效目标", label);
            put(1, 4, "全年绩效目标", label);
            put(5, COLUMNS - 1, "全年目标实际完成情况", label);
            newRow(-1);
            put(1, 4, header.annualGoal(), text);
            put(5, COLUMNS - 1, header.goalAchievement(), text);
            merge(goalRow, row, 0, 0);
            // indicators
            newRow(-1);
            List<String> captions =
                    List.of("一级指标", "二级指标", "三级指标", "年度指标值", "指标权重", "全年完成值", "得分", "计分规则及算式", "偏差原因分析及改进措施");
            for (int c = 0; c < COLUMNS; c++) {
                put(c, captions.get(c), label);
            }
            sheet.setRepeatingRows(new CellRangeAddress(row, row, -1, -1));
            int level1From = -1;
            int level2From = -1;
            String level1 = null;
            String level2 = null;
            for (IndicatorScore line : outcome.indicators()) {
                newRow(-1);
                boolean sameLevel1 = level1From >= 0 && Objects.equals(level1, line.level1());
                if (!sameLevel1) {
                    closeMerge(level1From, row - 1, 0);
                    closeMerge(level2From, row - 1, 1);
                    level1From = row;
                    level2From = row;
                    level1 = line.level1();
                    level2 = line.level2();
                    put(0, level1, text);
                    put(1, level2, text);
                } else if (!Objects.equals(level2, line.level2())) {
                    closeMerge(level2From, row - 1, 1);
                    level2From = row;
                    level2 = line.level2();
                    put(1, level2, text);
                } else {
                    put(0, null, text);
                    put(1, null, text);
                }
                put(2, line.name(), text);
                put(3, line.target().raw(), text);
                putNumber(4, line.weight(), number);
                put(5, line.actual(), text);
                putNumber(6, line.score(), number);
                put(7, formulaText(line), text);
                put(8, line.deviationExplanation(), text);
            }
            closeMerge(level1From, row, 0);
            closeMerge(level2From, row, 1);
            newRow(-1);
            put(0, "预算执行率", text);
            put(1, null, text);
            put(2, "预算执行率", text);
            put(3, "≥90%", text);
            putNumber(4, execution.weight(), number);
            put(
                    5,
                    execution.ratePercent() == null
                            ? null
                            : execution.ratePercent().toPlainString() + "%",
                    text);
            putNumber(6, execution.score(), number);
            put(7, execution.formula(), text);
            put(8, execution.shortfallReason(), text);
            // totals
            newRow(-1);
            put(0, 3, "合计", label);
            BigDecimal weights = outcome.groups().stream()
                    .map(g -> g.weight())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(execution.weight());
            putNumber(4, weights, number);
            put(5, null, text);
            putNumber(6, outcome.total(), number);
            put(
                    7,
                    COLUMNS - 1,
                    "Σ 未取整得分 " + outcome.unroundedTotal() + "，四舍五入保留两位小数为 "
                            + outcome.total().toPlainString(),
                    text);
            newRow(-1);
            put(0, 3, "自评等级", label);
            put(4, 6, outcome.grade(), text);
            put(
                    7,
                    COLUMNS - 1,
                    "R-SCO-7: " + outcome.total().toPlainString() + " → " + outcome.grade()
                            + "（≥ 90 优，80–89.99 良，60–79.99 中，< 60 差）",
                    text);
            newRow(-1);
            put(0, "说明", label);
            put(1, COLUMNS - 1, header.explanation(), text);
            newRow(-1);
            put(0, "备注", label);
            put(
                    1,
                    COLUMNS - 1,
                    "评分规则集 " + outcome.ruleSetVersion() + "，权重版本 " + outcome.weightsVersion() + "；得分为精确计算后四舍五入保留两位小数。",
                    text);
            fitRow();
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

        private void newRow(float height) {
            fitRow();
            XSSFRow r = sheet.createRow(++row);
            needed = height > 0 ? height : LINE_POINTS + PADDING_POINTS;
        }

        /** Gives the current row the height its wrapped text needs (at most Excel's 409 points). */
        void fitRow() {
            if (row >= 0) {
                sheet.getRow(row).setHeightInPoints((float) Math.min(409, Math.ceil(needed)));
            }
        }

        private XSSFCell cell(int column) {
            XSSFRow r = sheet.getRow(row);
            XSSFCell cell = r.getCell(column);
            return cell != null ? cell : r.createCell(column);
        }

        private void put(int column, String value, XSSFCellStyle style) {
            put(column, column, value, style);
        }

        private void put(int first, int last, String value, XSSFCellStyle style) {
            span(first, last, style);
            if (value != null) {
                cell(first).setCellValue(xmlSafe(value));
                int width = 0;
                for (int c = first; c <= last; c++) {
                    width += WIDTHS[c];
                }
                needed = Math.max(needed, heightOf(value, width));
            }
        }

        private void putNumber(int column, BigDecimal value, XSSFCellStyle style) {
            putNumber(column, column, value, style);
        }

        private void putNumber(int first, int last, BigDecimal value, XSSFCellStyle style) {
            span(first, last, style);
            if (value != null) {
                cell(first).setCellValue(value.doubleValue());
            }
        }

        /** Styles columns {@code first..last} of the current row and merges them when more than one. */
        private void span(int first, int last, XSSFCellStyle style) {
            for (int c = first; c <= last; c++) {
                cell(c).setCellStyle(style);
            }
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
            }
        }

        /** An amount in 元 written in 万元: numeric when exact, else the exact digits as text. */
        private void putAmount(int column, Amount amount) {
            XSSFCell cell = cell(column);
            if (amount.wan() == null) {
                cell.setCellStyle(wan);
            } else if (amount.fitsDouble()) {
                cell.setCellStyle(wan);
                cell.setCellValue(amount.wan().doubleValue());
            } else {
                cell.setCellStyle(amountText);
                cell.setCellValue(amount.wan().toPlainString());
            }
        }

        private record Amount(BigDecimal wan) {
            boolean fitsDouble() {
                if (wan.stripTrailingZeros().precision() > 15) {
                    return false;
                }
                double d = wan.doubleValue();
                return !Double.isInfinite(d) && new BigDecimal(String.valueOf(d)).compareTo(wan) == 0;
            }
        }

        private static Amount wan(BigDecimal yuan) {
            return new Amount(
                    yuan == null
                            ? null
                            : FormUnits.fromYuan(yuan, AmountUnit.WAN_YUAN).stripTrailingZeros());
        }

        private void closeMerge(int from, int lastRow, int column) {
            if (from >= 0 && lastRow > from) {
                merge(from, lastRow, column, column);
            }
        }

        private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            if (lastRow > firstRow || lastColumn > firstColumn) {
                sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
            }
        }
    }

    /** Points a wrapped text needs in a cell this many characters wide (wide characters count about 2). */
    static double heightOf(String text, int widthChars) {
        double usable = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String line : text.split("\\R", -1)) {
            double units =
                    line.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1.8 : 1).sum();
            lines += Math.max(1, (int) Math.ceil(units / usable));
        }
        return lines * LINE_POINTS + PADDING_POINTS;
    }

    /**
     * Text as an xlsx cell stores it so that it reads back unchanged: characters XML 1.0 cannot hold become
     * {@code _xHHHH_}, and an {@code _xHHHH_} already in the text gets its underscore escaped ({@code _x005F_}).
     */
    static String xmlSafe(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '_'
                    && i + 6 < value.length()
                    && value.charAt(i + 1) == 'x'
                    && value.charAt(i + 6) == '_'
                    && value.substring(i + 2, i + 6).chars().allMatch(k -> Character.digit(k, 16) >= 0)) {
                out.append("_x005F_");
            } else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                out.append(String.format("_x%04X_", (int) ch));
            } else {
                out.append(ch);
            }
        }
        if (out.length() > MAX_CELL_CHARS) {
            throw new IllegalArgumentException("A text of " + value.length()
                    + " characters is longer than an xlsx cell can hold (" + MAX_CELL_CHARS + ")");
        }
        return out.toString();
    }
}
