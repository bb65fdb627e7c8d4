package org.budgetperf.exchange.selfevaluation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.exchange.sheet.MoneyReader;
import org.budgetperf.exchange.sheet.NumberReader;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.exchange.sheet.TableImportException.Reason;
import org.budgetperf.exchange.sheet.XlsxWorkbook;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Reads a filled-in 绩效运行监控表 (the layout {@link BlankFormWriter#monitoring} writes) from an xlsx workbook into a
 * {@link MonitoringForm}. Like the other readers it goes by printed labels, not cell addresses: the indicator block is
 * the first row holding 三级指标 and 预计全年完成值; 监控月份 takes the cell to its right; 全年预算数 and 截至本月执行数 the
 * cell below, in the unit the block's label states (万元 on the form; assumed and reported when none is stated),
 * converted exactly to 元. Its rows run to the first 备注/说明 row. The opening, limits and refusals are those of every
 * xlsx import ({@link XlsxWorkbook}); a workbook without such a block is {@link Reason#NOT_A_TARGET_TABLE}.
 * Thread-safe and stateless.
 */
public final class MonitoringFormReader {

    private enum Column {
        NAME("三级指标", "指标名称"),
        TARGET("年度指标值", "指标值"),
        TO_DATE("截至本月完成值", "累计完成值"),
        EXPECTED("预计全年完成值", "全年预计完成值"),
        CAUSE("偏差原因", "原因"),
        MEASURE("改进措施", "措施");

        private final List<String> spellings;

        Column(String... spellings) {
            this.spellings = List.of(spellings);
        }

        static Optional<Column> of(String text) {
            return LabelText.firstSpelledAs(text, values(), c -> c.spellings);
        }
    }

    /**
     * Reads the first sheet holding a monitoring form. The stream is read to its end but not closed.
     *
     * @throws TableImportException when the file is not an xlsx workbook, is encrypted, holds no such form, or
     *         exceeds the import limits
     */
    public MonitoringForm read(InputStream in) {
        XlsxWorkbook.Found<MonitoringForm> found =
                XlsxWorkbook.firstAccepted(in, MonitoringFormReader::read, "a 绩效运行监控表", "绩效运行监控表");
        MonitoringForm form = found.value();
        if (!found.several()) {
            return form;
        }
        List<ImportFinding> findings = new ArrayList<>(form.findings());
        findings.add(found.otherSheetsIgnored());
        return form.withFindings(findings);
    }

    private static MonitoringForm read(Grid grid) {
        ImportFindings findings = new ImportFindings();
        int header = -1;
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int r = 0; r < grid.rowCount() && header < 0; r++) {
            columns.clear();
            for (Slot s : grid.nonBlank(r)) {
                Column.of(s.value()).ifPresent(c -> columns.putIfAbsent(c, s.column()));
            }
            if (columns.containsKey(Column.NAME) && columns.containsKey(Column.EXPECTED)) {
                header = r;
            }
        }
        if (header < 0) {
            throw new TableImportException(
                    Reason.NOT_A_TARGET_TABLE,
                    grid.description(),
                    "Not a 绩效运行监控表: no indicator block with 三级指标 and 预计全年完成值 captions in " + grid.description(),
                    "不是绩效运行监控表：没有带“三级指标”“预计全年完成值”栏目的指标部分（" + grid.description() + "）");
        }
        Slot month = null;
        Slot budget = null;
        Slot spent = null;
        AmountUnit unit = null;
        String unitAt = null;
        String unitCaption = null;
        for (int r = 0; r < header; r++) {
            List<Slot> cells = grid.nonBlank(r);
            for (int k = 0; k < cells.size(); k++) {
                Slot s = cells.get(k);
                String label = LabelText.normalise(s.value());
                if (label.equals("监控月份") && k + 1 < cells.size()) {
                    month = cells.get(k + 1);
                } else if (label.startsWith("全年预算数")) {
                    budget = below(grid, s, header);
                } else if (label.startsWith("截至本月执行数")) {
                    spent = below(grid, s, header);
                } else if (unit == null && label.startsWith("预算执行情况")) {
                    unit = FormUnits.statedIn(s.value()).orElse(null);
                    unitAt = s.location();
                    unitCaption = unit == null ? null : s.value();
                }
            }
        }
        MoneyReader money = new MoneyReader(findings);
        MoneyReader.UnitCaption caption = new MoneyReader.UnitCaption(
                unit == null ? AmountUnit.WAN_YUAN : unit, unitAt == null ? grid.location(0, 0) : unitAt, unitCaption);
        money.reportUnit("预算执行情况", caption);
        String budgetAt = budget == null ? grid.description() : budget.location();
        String spentAt = spent == null ? grid.description() : spent.location();
        BigDecimal budgetYuan = money.read(budget == null ? null : budget.cell(), caption.unit(), "全年预算数", budgetAt);
        BigDecimal spentYuan = money.read(spent == null ? null : spent.cell(), caption.unit(), "截至本月执行数", spentAt);
        Integer monthNumber = month == null ? null : new NumberReader(findings).count(month.cell(), "监控月份", null);
        List<MonitoringForm.Row> rows = new ArrayList<>();
        for (int r = header + 1; r < grid.rowCount(); r++) {
            List<Slot> cells = grid.nonBlank(r);
            if (cells.isEmpty()) {
                continue;
            }
            String first = LabelText.normalise(cells.get(0).value());
            if (first.startsWith("备注") || first.startsWith("说明") || first.startsWith("合计")) {
                break;
            }
            rows.add(new MonitoringForm.Row(
                    text(grid, findings, r, columns.get(Column.NAME)),
                    at(grid, r, columns.get(Column.NAME)),
                    text(grid, findings, r, columns.get(Column.TARGET)),
                    at(grid, r, columns.get(Column.TARGET)),
                    text(grid, findings, r, columns.get(Column.TO_DATE)),
                    at(grid, r, columns.get(Column.TO_DATE)),
                    text(grid, findings, r, columns.get(Column.EXPECTED)),
                    at(grid, r, columns.get(Column.EXPECTED)),
                    text(grid, findings, r, columns.get(Column.CAUSE)),
                    at(grid, r, columns.get(Column.CAUSE)),
                    text(grid, findings, r, columns.get(Column.MEASURE)),
                    at(grid, r, columns.get(Column.MEASURE))));
        }
        return new MonitoringForm(
                monthNumber,
                month == null ? grid.description() : month.location(),
                budgetYuan,
                budgetAt,
                spentYuan,
                spentAt,
                rows,
                findings.list());
    }

    /** The first non-blank cell below a caption, before the indicator block; null when there is none. */
    private static Slot below(Grid grid, Slot caption, int limit) {
        for (int r = caption.row() + 1; r < limit; r++) {
            Cell cell = grid.cell(r, caption.column());
            if (!cell.isBlank() || cell.formula() != null) {
                return new Slot(r, caption.column(), cell);
            }
        }
        return null;
    }

    private static String text(Grid grid, ImportFindings findings, int r, Integer column) {
        if (column == null) {
            return null;
        }
        Cell cell = grid.cell(r, column);
        if (cell.isBlank()) {
            if (cell.formula() != null) {
                findings.formulaWithoutValue(cell, "the cell");
            }
            return null;
        }
        findings.used(cell);
        return cell.value();
    }

    private static String at(Grid grid, int r, Integer column) {
        return column == null ? null : grid.location(r, column);
    }
}
