package org.budgetperf.exchange.selfevaluation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm.Amount;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm.AmountKind;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm.Indicator;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationIndicatorReader.Caption;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.ImportLimits;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.exchange.sheet.MoneyReader;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.exchange.sheet.TableImportException.Reason;
import org.budgetperf.exchange.sheet.XlsxWorkbook;
import org.budgetperf.shared.domain.DecimalBounds;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Reads a filled-in 项目支出绩效自评表 (project self-evaluation form) from an xlsx workbook, such as 渝中区就业补助资金
 * 2021年度项目支出绩效自评表, into a {@link SelfEvaluationForm}.
 *
 * <h2>How</h2>
 * Like the target-table importer it reads by printed labels, never by cell address, because every region prints
 * its own variant of the form:
 * <ul>
 *   <li>The indicator block is the first row holding the captions 指标名称 (or 三级指标), 指标值 and a 完成值 caption
 *       (全年完成值, 实际完成值 …); its other captions (指标类型/一级指标, 二级指标, 指标性质, 计量单位, 指标权重, 评价标准,
 *       得分, 偏差原因分析及改进措施) are optional. Its rows run to the first 合计/说明/备注 row.</li>
 *   <li>Header fields (项目名称, 项目实施单位, 项目主管部门, 项目联系人) take the next non-label cell to their right; the
 *       goals (全年绩效目标, 全年目标实际完成情况) the first cell below them; the amounts (年初预算数, 全年预算数,
 *       全年执行数) the cell below their caption, in the unit their caption or the block's label states (万元 on the
 *       Yuzhong form; 万元 assumed and reported when none is stated), converted exactly to 元.</li>
 *   <li>Merged 指标类型 cells are read down: a row without a type continues the one above.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>The target</b> is put together from 指标性质 + 指标值 + 计量单位 ({@code ≥} {@code 95} {@code %} → {@code ≥95%}),
 *       "无" meaning none ({@code 合规}), so that the target-value parser reads it as any 年度指标值. The pieces are
 *       kept as written too.</li>
 *   <li><b>The actual</b> gets the unit appended when it is a bare number ({@code 49358} + 人); a percent-formatted cell
 *       is read as displayed (stored 0.88, shown 88%), as the target-table importer does, and reported.</li>
 *   <li><b>预算执行率</b> is a row of the 管理类 block on the Yuzhong form. It is not an indicator but the R-SCO-2 line:
 *       it is kept apart ({@link SelfEvaluationForm#budgetExecution()}) with its weight and stated rate, and the
 *       stated rate is compared with 全年执行数 / 全年预算数 (EXECUTION_RATE_STATED). Scoring uses the amounts.</li>
 *   <li><b>A 二级 name in the type column</b> (Yuzhong row 11: 数量指标) becomes the 二级, and its 一级 (产出指标) is taken
 *       from the national framework (LEVEL1_INFERRED).</li>
 *   <li><b>Line breaks inside names</b> ({@code 新增区级创业孵化基地\n数量}) are wrapping, not content: removed and
 *       reported.</li>
 *   <li><b>The 说明 row</b> of the template holds an instruction (请在此处逐一针对完成度较差绩效指标简要说明原因…); such
 *       text is not an explanation and is read as blank (TEMPLATE_PROMPT_IGNORED).</li>
 *   <li>Scores already written on the form (得分, 合计) are read into {@code statedScore} but never used.</li>
 * </ul>
 * A workbook whose sheets hold no such indicator block is refused ({@link Reason#NOT_A_TARGET_TABLE}); the
 * safety limits are those of every xlsx import ({@link XlsxWorkbook}). Thread-safe and stateless.
 */
public final class SelfEvaluationFormReader {

    /** Header fields with a value to their right, and goal fields with a value below. */
    private enum Field {
        PROJECT("项目名称"),
        IMPLEMENTING_UNIT("项目实施单位", "实施单位"),
        COMPETENT_DEPARTMENT("项目主管部门", "主管部门"),
        CONTACT("项目联系人", "联系人"),
        GOAL("全年绩效目标", "年度绩效目标", "总体目标"),
        ACHIEVEMENT("全年目标实际完成情况", "目标实际完成情况", "实际完成情况");

        private final List<String> spellings;

        Field(String... spellings) {
            this.spellings = List.of(spellings);
        }

        static Optional<Field> of(String text) {
            return LabelText.firstSpelledAs(text, values(), f -> f.spellings);
        }
    }

    /** Amount captions, matched at the start of the caption (全年预算数（A）（上年结转+年初预算+…）). */
    private static final Map<AmountKind, List<String>> AMOUNT_CAPTIONS = Map.of(
            AmountKind.ANNUAL_BUDGET, List.of("全年预算数", "调整后预算数", "全年预算"),
            AmountKind.INITIAL_BUDGET, List.of("年初预算数"),
            AmountKind.SPENT, List.of("全年执行数", "实际执行数", "全年支出数", "执行数"));

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /**
     * Reads the first sheet holding a self-evaluation form. The stream is read to its end but not closed.
     *
     * @throws TableImportException when the file is not an xlsx workbook, is encrypted, holds no such form, or
     *         exceeds {@link ImportLimits}
     */
    public SelfEvaluationForm read(InputStream in) {
        XlsxWorkbook.Found<SelfEvaluationForm> found =
                XlsxWorkbook.firstAccepted(in, grid -> new Interpretation(grid).read(), "a 项目支出绩效自评表", "项目支出绩效自评表");
        if (!found.several()) {
            return found.value();
        }
        SelfEvaluationForm f = found.value();
        List<ImportFinding> findings = new ArrayList<>(f.findings());
        findings.add(found.otherSheetsIgnored());
        return new SelfEvaluationForm(
                f.title(),
                f.fiscalYear(),
                f.projectName(),
                f.implementingUnit(),
                f.competentDepartment(),
                f.contact(),
                f.amounts(),
                f.annualGoal(),
                f.goalAchievement(),
                f.indicators(),
                f.budgetExecution(),
                f.explanation(),
                findings);
    }

    /** One sheet being read. */
    private static final class Interpretation {
        private final Grid grid;
        private final ImportFindings findings = new ImportFindings();

        Interpretation(Grid grid) {
            this.grid = grid;
        }

        SelfEvaluationForm read() {
            SelfEvaluationIndicatorReader.Captions captions = SelfEvaluationIndicatorReader.findCaptions(grid)
                    .orElseThrow(() -> new TableImportException(
                            Reason.NOT_A_TARGET_TABLE,
                            grid.description(),
                            "Not a 项目支出绩效自评表: no indicator block with 指标名称, 指标值 and 完成值 captions in "
                                    + grid.description(),
                            "不是项目支出绩效自评表：没有带“指标名称”“指标值”“全年完成值”栏目的指标部分（" + grid.description() + "）"));
            int headerRow = captions.row();
            String title = title(headerRow);
            Integer year = year(title);
            Map<Field, String> fields = fields(headerRow);
            List<Amount> amounts = amounts(headerRow);
            List<Indicator> indicators = new ArrayList<>();
            Indicator budgetExecution = null;
            int end = new SelfEvaluationIndicatorReader(grid, findings).read(captions, indicators);
            for (int i = 0; i < indicators.size(); i++) {
                if (LabelText.normalise(indicators.get(i).name()).contains("预算执行率")) {
                    budgetExecution = indicators.remove(i);
                    break;
                }
            }
            if (budgetExecution != null) {
                compareStatedRate(budgetExecution, amounts);
            }
            String explanation = footer(end);
            return new SelfEvaluationForm(
                    title,
                    year,
                    fields.get(Field.PROJECT),
                    fields.get(Field.IMPLEMENTING_UNIT),
                    fields.get(Field.COMPETENT_DEPARTMENT),
                    fields.get(Field.CONTACT),
                    amounts,
                    fields.get(Field.GOAL),
                    fields.get(Field.ACHIEVEMENT),
                    indicators,
                    budgetExecution,
                    explanation,
                    findings.list());
        }

        // ------------------------------------------------------------ header

        private String title(int headerRow) {
            for (int r = 0; r < headerRow; r++) {
                for (Slot s : grid.nonBlank(r)) {
                    if (s.value().contains("自评") || s.value().contains("绩效")) {
                        return s.value();
                    }
                }
            }
            return null;
        }

        private Integer year(String title) {
            Matcher m = title == null ? null : YEAR.matcher(title);
            if (m != null && m.find()) {
                return Integer.valueOf(m.group(1));
            }
            findings.warning(FindingCodes.YEAR_NOT_FOUND, grid.description(), "No year in the form's title", "表头中没有年度");
            return null;
        }

        private Map<Field, String> fields(int headerRow) {
            Map<Field, String> values = new EnumMap<>(Field.class);
            for (int r = 0; r < headerRow; r++) {
                List<Slot> cells = grid.nonBlank(r);
                for (int k = 0; k < cells.size(); k++) {
                    Slot s = cells.get(k);
                    Optional<Field> field = Field.of(s.value());
                    if (field.isEmpty() || values.containsKey(field.get())) {
                        continue;
                    }
                    Slot value = field.get() == Field.GOAL || field.get() == Field.ACHIEVEMENT
                            ? below(s, headerRow)
                            : right(cells, k);
                    if (value != null) {
                        findings.used(value.cell());
                        values.put(field.get(), value.value());
                    }
                }
            }
            for (Field f : List.of(Field.PROJECT, Field.IMPLEMENTING_UNIT)) {
                if (!values.containsKey(f)) {
                    findings.warning(
                            FindingCodes.REQUIRED_FIELD_BLANK,
                            grid.description(),
                            f.spellings.get(0) + " is blank",
                            f.spellings.get(0) + "为空");
                }
            }
            return values;
        }

        /** The next cell to the right in the row that is not itself a label. */
        private static Slot right(List<Slot> cells, int k) {
            if (k + 1 < cells.size()) {
                Slot next = cells.get(k + 1);
                if (Field.of(next.value()).isEmpty() && Caption.of(next.value()).isEmpty()) {
                    return next;
                }
            }
            return null;
        }

        /** The first non-blank cell below, in the same column, before the next label or the indicator captions. */
        private Slot below(Slot label, int limit) {
            for (int r = label.row() + 1; r < limit; r++) {
                Cell cell = grid.cell(r, label.column());
                if (!cell.isBlank()) {
                    boolean isLabel = Field.of(cell.value()).isPresent()
                            || amountKind(cell.value()).isPresent();
                    return isLabel ? null : new Slot(r, label.column(), cell);
                }
            }
            return null;
        }

        private static Optional<AmountKind> amountKind(String text) {
            String n = LabelText.normalise(text);
            for (AmountKind kind : List.of(AmountKind.ANNUAL_BUDGET, AmountKind.INITIAL_BUDGET, AmountKind.SPENT)) {
                if (AMOUNT_CAPTIONS.get(kind).stream().anyMatch(n::startsWith)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        private List<Amount> amounts(int headerRow) {
            List<Amount> amounts = new ArrayList<>();
            MoneyReader money = new MoneyReader(findings);
            for (int r = 0; r < headerRow; r++) {
                for (Slot s : grid.nonBlank(r)) {
                    Optional<AmountKind> kind = amountKind(s.value());
                    if (kind.isEmpty() || amounts.stream().anyMatch(a -> a.kind() == kind.get())) {
                        continue;
                    }
                    MoneyReader.UnitCaption unit = unitOf(s);
                    String label = SelfEvaluationIndicatorReader.withoutLineBreaks(s.value());
                    money.reportUnit("项目预算执行情况", unit);
                    Slot value = below(s, headerRow);
                    String location = value != null ? value.location() : grid.location(s.row() + 1, s.column());
                    BigDecimal yuan = money.read(value == null ? null : value.cell(), unit.unit(), label, location);
                    amounts.add(new Amount(kind.get(), label, yuan, location));
                }
            }
            for (AmountKind kind : List.of(AmountKind.ANNUAL_BUDGET, AmountKind.SPENT)) {
                if (amounts.stream().noneMatch(a -> a.kind() == kind)) {
                    findings.warning(
                            FindingCodes.LABEL_NOT_FOUND,
                            grid.description(),
                            AMOUNT_CAPTIONS.get(kind).get(0) + " is not on the form; left blank",
                            "表中没有“" + AMOUNT_CAPTIONS.get(kind).get(0) + "”，已留空");
                }
            }
            return amounts;
        }

        /** The unit of an amount: its caption, else the block's label to its left or above (项目预算执行情况（万元）). */
        private MoneyReader.UnitCaption unitOf(Slot caption) {
            Optional<AmountUnit> own = FormUnits.statedIn(caption.value());
            if (own.isPresent()) {
                return new MoneyReader.UnitCaption(own.get(), caption.location(), caption.value());
            }
            for (int r = caption.row(); r >= Math.max(0, caption.row() - 2); r--) {
                for (Slot s : grid.nonBlank(r)) {
                    if (s.column() < caption.column() && amountKind(s.value()).isEmpty()) {
                        Optional<AmountUnit> stated = FormUnits.statedIn(s.value());
                        if (stated.isPresent()) {
                            return new MoneyReader.UnitCaption(stated.get(), s.location(), s.value());
                        }
                    }
                }
            }
            return new MoneyReader.UnitCaption(AmountUnit.WAN_YUAN, caption.location(), null);
        }

        private void compareStatedRate(Indicator row, List<Amount> amounts) {
            BigDecimal budget = amounts.stream()
                    .filter(a -> a.kind() == AmountKind.ANNUAL_BUDGET)
                    .map(Amount::yuan)
                    .filter(a -> a != null && a.signum() > 0)
                    .findFirst()
                    .orElse(null);
            BigDecimal spent = amounts.stream()
                    .filter(a -> a.kind() == AmountKind.SPENT)
                    .map(Amount::yuan)
                    .filter(a -> a != null)
                    .findFirst()
                    .orElse(null);
            String stated = row.actual();
            if (budget == null || spent == null || stated == null) {
                return;
            }
            Matcher m = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)%").matcher(stated.strip());
            BigDecimal statedRate = m.matches() ? DecimalBounds.parseOrNull(m.group(1)) : null;
            if (statedRate == null) {
                return;
            }
            int decimals = Math.max(0, statedRate.stripTrailingZeros().scale());
            BigDecimal computed = spent.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
            BigDecimal atStatedPrecision =
                    spent.multiply(BigDecimal.valueOf(100)).divide(budget, decimals, RoundingMode.HALF_UP);
            boolean agrees = atStatedPrecision.compareTo(statedRate) == 0;
            String en = "预算执行率 stated as " + stated.strip() + "; 全年执行数 / 全年预算数 = " + computed.toPlainString() + "%"
                    + (agrees ? ", the same at the stated precision" : ", which differs")
                    + "; scoring uses the computed rate";
            String zh = "表中预算执行率为 " + stated.strip() + "，全年执行数 / 全年预算数 = " + computed.toPlainString() + "%"
                    + (agrees ? "，按所填精度一致" : "，两者不一致") + "；计分采用计算值";
            if (agrees) {
                findings.info(FindingCodes.EXECUTION_RATE_STATED, row.location(), en, zh);
            } else {
                findings.warning(FindingCodes.EXECUTION_RATE_STATED, row.location(), en, zh);
            }
        }

        // ------------------------------------------------------------ footer

        /** Reads the rows after the indicators: the 说明 text; reports totals and notes that are not read. */
        private String footer(int from) {
            String explanation = null;
            for (int r = from; r < grid.rowCount(); r++) {
                List<Slot> cells = grid.nonBlank(r);
                if (cells.isEmpty()) {
                    continue;
                }
                Slot first = cells.get(0);
                String label = LabelText.normalise(first.value());
                if (label.startsWith("说明")) {
                    Slot text = cells.size() > 1 ? cells.get(1) : null;
                    String value = text == null ? null : text.value();
                    if (value != null && isTemplatePrompt(value)) {
                        findings.info(
                                FindingCodes.TEMPLATE_PROMPT_IGNORED,
                                text.location(),
                                "'" + ImportFindings.abbreviated(value)
                                        + "' is the template's instruction, not an explanation; read as blank",
                                "“" + ImportFindings.abbreviated(value) + "”是表格的填写提示，不是说明，按空白处理");
                        value = null;
                    } else if (text != null) {
                        findings.used(text.cell());
                    }
                    explanation = value;
                } else if (label.startsWith("合计") || label.startsWith("总计") || label.startsWith("总分")) {
                    findings.info(
                            FindingCodes.TOTAL_ROW_IGNORED,
                            first.location(),
                            "The 合计 row is a sum, not an indicator; not read",
                            "“合计”行为合计数，不是指标，未读取");
                } else if (findings.firstTime("trailing")) {
                    findings.notesAfter(first, "form");
                }
            }
            return explanation;
        }

        private static boolean isTemplatePrompt(String text) {
            String n = LabelText.normalise(text);
            return n.startsWith("请在此处") || n.startsWith("请") && (n.contains("说明原因") || n.contains("简要说明"));
        }
    }
}
