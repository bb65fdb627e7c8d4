package org.budgetperf.exchange.table;

import java.util.regex.Pattern;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.ImportFindings;

/**
 * Takes over a target value (指标值) exactly as written, and says what a reviewer should know about
 * it. Parsing the value into operator, number and unit is not the importer's job (the target-value
 * parser does that, on the raw text kept here).
 *
 * <p>An xlsx number is taken as the spreadsheet displays it: 15 significant digits (no float
 * artefacts: 0.35 not 0.35000000000000003) and, when the cell is formatted as a percentage, with the
 * percentage applied ({@code 1} displayed as {@code 100%} becomes {@code "100%"}), because that is
 * what the department saw and signed. Both cases are reported.
 */
final class TargetValueReader {

    private static final Pattern VARIANT_OPERATOR = Pattern.compile("[≧≦＝﹦＞＜]");
    private static final Pattern NOT_A_TARGET =
            Pattern.compile("根据.*确定.*|.*待定.*|.*另行(下达|确定|通知).*|以.*为准|按实际.*|视.*而定|[-—–/]+");

    private final ImportFindings findings;

    TargetValueReader(ImportFindings findings) {
        this.findings = findings;
    }

    /** The value as written, or null when blank. */
    String read(Cell cell, String indicator) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        findings.used(cell);
        String text = cell.value();
        if (cell.number() != null) {
            String stored = cell.number().stripTrailingZeros().toPlainString();
            if (cell.percentFormat()) {
                findings.info(
                        FindingCodes.PERCENT_FORMAT_APPLIED,
                        cell.location(),
                        "Value of " + indicator + " is stored as " + stored
                                + " in a percent-formatted cell; read as displayed: " + text,
                        indicator + " 的指标值存储为 " + stored + "，单元格为百分比格式，按显示值读取为 " + text);
            } else if (!text.equals(stored)) {
                findings.info(
                        FindingCodes.FLOAT_NOISE_ROUNDED,
                        cell.location(),
                        "Value of " + indicator + " is stored as " + stored
                                + " (binary float noise); read as displayed: " + text,
                        indicator + " 的指标值存储为 " + stored + "（浮点误差），按显示值读取为 " + text);
            }
        }
        var variant = VARIANT_OPERATOR.matcher(text);
        if (variant.find()) {
            findings.info(
                    FindingCodes.OPERATOR_VARIANT,
                    cell.location(),
                    "Value '" + text + "' of " + indicator + " uses the operator " + variant.group() + ", the same as "
                            + standard(variant.group()) + "; kept as written",
                    indicator + " 的指标值“" + text + "”使用运算符 " + variant.group() + "，与 " + standard(variant.group())
                            + " 相同；按原样保留");
        }
        if (NOT_A_TARGET.matcher(text).matches()) {
            findings.warning(
                    FindingCodes.VALUE_NOT_A_TARGET,
                    cell.location(),
                    "Value '" + text + "' of " + indicator + " states no target; kept as written for the review",
                    indicator + " 的指标值“" + text + "”不是可考核的目标值；按原样保留，待审核处理");
        }
        return text;
    }

    private static String standard(String operator) {
        return switch (operator) {
            case "≧" -> "≥";
            case "≦" -> "≤";
            case "＞" -> ">";
            case "＜" -> "<";
            default -> "=";
        };
    }
}
