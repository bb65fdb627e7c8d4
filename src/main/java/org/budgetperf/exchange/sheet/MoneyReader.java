package org.budgetperf.exchange.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.shared.domain.DecimalBounds;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Reads one money cell into exact 元. Blank stays blank (null, which is not 0). Text may carry
 * thousands separators ({@code 632,600.00}) or its own unit ({@code 550.51万元}); an xlsx number is
 * taken exactly as stored, float noise included, and then rounded to 分 with a finding.
 *
 * <p>Float noise is told apart from real sub-分 precision by what Excel shows: a double has at most
 * 15 significant decimal digits of meaning, so when those 15 digits fit into 分 the rest is noise
 * (82800.920000000013 万元 shows as 82800.92). Anything else is a written amount finer than 分, which
 * is rounded half-up with a warning instead.
 */
public final class MoneyReader {

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|元)?");
    private static final Pattern NOTHING = Pattern.compile("[-—–/无]+");
    private static final Pattern NOISE_CHARACTERS = Pattern.compile("[\\s,，¥￥]");

    /**
     * The unit a block of amounts is stated in, and the caption that says so.
     *
     * @param unit the unit
     * @param location the caption cell, or where the unit was looked for when it was assumed
     * @param caption the caption as printed, null when assumed
     */
    public record UnitCaption(AmountUnit unit, String location, String caption) {
        boolean assumed() {
            return caption == null;
        }
    }

    private final ImportFindings findings;

    public MoneyReader(ImportFindings findings) {
        this.findings = findings;
    }

    /**
     * Reports, once per block, that its amounts were converted from 万元 or that its unit was assumed.
     *
     * @param block the block's name as printed, e.g. 部门预算支出 or 年度重点工作任务
     */
    public void reportUnit(String block, UnitCaption caption) {
        if (!findings.firstTime("unit:" + block)) {
            return;
        }
        if (caption.assumed()) {
            findings.warning(
                    FindingCodes.UNIT_ASSUMED,
                    caption.location(),
                    "No unit (万元 or 元) is stated for " + block + "; " + FormUnits.printed(caption.unit()) + " assumed",
                    block + " 未注明金额单位（万元或元），按 " + FormUnits.printed(caption.unit()) + " 读取");
        } else if (caption.unit() == AmountUnit.WAN_YUAN) {
            findings.info(
                    FindingCodes.UNIT_CONVERTED,
                    caption.location(),
                    "Amounts of " + block + " are in 万元 (caption '" + caption.caption()
                            + "') and were converted exactly to 元 (× 10000)",
                    block + " 的金额单位为万元（“" + caption.caption() + "”），已精确换算为元（× 10000）");
        }
    }

    /**
     * @param cell the cell, or null when the form has no value cell for the field
     * @param unit the unit its caption states
     * @param field the label of the field, for messages
     * @param blankLocation where to report a missing cell
     */
    public BigDecimal read(Cell cell, AmountUnit unit, String field, String blankLocation) {
        if (cell == null || cell.isBlank()) {
            reportBlank(cell, field, blankLocation);
            return null;
        }
        findings.used(cell);
        AmountUnit effective = unit;
        BigDecimal amount = cell.number();
        if (amount == null) {
            String text = NOISE_CHARACTERS
                    .matcher(Normalizer.normalize(cell.value(), Normalizer.Form.NFKC))
                    .replaceAll("");
            if (NOTHING.matcher(text).matches()) {
                findings.info(
                        FindingCodes.BLANK_KEPT,
                        cell.location(),
                        field + " is written as '" + cell.value() + "'; kept blank (not 0)",
                        field + " 填写为“" + cell.value() + "”，按空白保留（不是 0）");
                return null;
            }
            Matcher m = AMOUNT.matcher(text);
            amount = m.matches() ? DecimalBounds.parseOrNull(m.group(1)) : null;
            if (amount == null) {
                findings.error(
                        FindingCodes.AMOUNT_UNREADABLE,
                        cell.location(),
                        field + " '" + cell.value() + "' is not an amount; left blank",
                        field + "“" + cell.value() + "”不是金额，已留空");
                return null;
            }
            if (m.group(2) != null) {
                effective = "万元".equals(m.group(2)) ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
                if (effective != unit) {
                    findings.info(
                            FindingCodes.UNIT_CONVERTED,
                            cell.location(),
                            field + " '" + cell.value() + "' states its own unit " + FormUnits.printed(effective)
                                    + "; converted exactly to 元",
                            field + "“" + cell.value() + "”自带单位" + FormUnits.printed(effective) + "，已精确换算为元");
                }
            }
        }
        return FormUnits.toYuan(toUnitPrecision(amount, effective, field, cell), effective);
    }

    private BigDecimal toUnitPrecision(BigDecimal amount, AmountUnit unit, String field, Cell cell) {
        if (amount.stripTrailingZeros().scale() <= FormUnits.decimals(unit)) {
            return amount;
        }
        BigDecimal rounded = amount.setScale(FormUnits.decimals(unit), RoundingMode.HALF_UP);
        String written = amount.toPlainString() + " " + FormUnits.printed(unit);
        String result = rounded.toPlainString() + " " + FormUnits.printed(unit);
        if (amount.round(EXCEL_DIGITS).stripTrailingZeros().scale() <= FormUnits.decimals(unit)) {
            findings.info(
                    FindingCodes.FLOAT_NOISE_ROUNDED,
                    cell.location(),
                    field + " " + written + " carries binary floating-point noise; rounded to " + result + " (分)",
                    field + " " + written + " 含浮点误差，已按分取整为 " + result);
        } else {
            findings.warning(
                    FindingCodes.AMOUNT_ROUNDED,
                    cell.location(),
                    field + " " + written + " is finer than 分; rounded half-up to " + result,
                    field + " " + written + " 精度超过分，已四舍五入为 " + result);
        }
        return rounded;
    }

    private void reportBlank(Cell cell, String field, String location) {
        if (cell != null && cell.isFormula()) {
            findings.formulaWithoutValue(cell, field);
            return;
        }
        findings.blankKept(location, field);
    }
}
