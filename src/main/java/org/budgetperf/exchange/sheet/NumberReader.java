package org.budgetperf.exchange.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.shared.domain.DecimalBounds;

/**
 * Reads the plain numbers of the form that are not money: the head counts of 基本信息 (财政供养人员数,
 * 下属二级单位数) and indicator weights. A unit word after the number ({@code 750人}, {@code 20分}) is
 * accepted; anything else is reported and left blank rather than guessed.
 */
public final class NumberReader {

    private static final Pattern COUNT = Pattern.compile("(\\d{1,9})(?:人|个|家|名|户)?");
    private static final Pattern WEIGHT = Pattern.compile("(\\d+(?:\\.\\d+)?)(%|分)?");

    private final ImportFindings findings;

    public NumberReader(ImportFindings findings) {
        this.findings = findings;
    }

    /** A count ≥ 0, or null when blank or unreadable. */
    public Integer count(Cell cell, String field, String blankLocation) {
        if (cell == null || cell.isBlank()) {
            findings.blankKept(blankLocation, field);
            return null;
        }
        findings.used(cell);
        try {
            if (cell.number() != null) {
                return cell.number().stripTrailingZeros().intValueExact();
            }
            Matcher m = COUNT.matcher(normalised(cell));
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        } catch (ArithmeticException | NumberFormatException notAnInteger) {
            // reported below
        }
        unreadable(cell, field, "a whole number", "整数");
        return null;
    }

    /** An indicator weight, or null when blank or unreadable. */
    public BigDecimal weight(Cell cell, String field) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        findings.used(cell);
        if (cell.number() != null) {
            return cell.percentFormat()
                    ? cell.number().movePointRight(2).stripTrailingZeros()
                    : cell.number().stripTrailingZeros();
        }
        Matcher m = WEIGHT.matcher(normalised(cell));
        BigDecimal weight = m.matches() ? DecimalBounds.parseOrNull(m.group(1)) : null;
        if (weight != null) {
            return weight;
        }
        unreadable(cell, field, "a number", "数值");
        return null;
    }

    private static String normalised(Cell cell) {
        return Normalizer.normalize(cell.value(), Normalizer.Form.NFKC).replaceAll("[\\s,]", "");
    }

    private void unreadable(Cell cell, String field, String english, String chinese) {
        findings.error(
                FindingCodes.NUMBER_UNREADABLE,
                cell.location(),
                field + " '" + cell.value() + "' is not " + english + "; left blank",
                field + "“" + cell.value() + "”不是" + chinese + "，已留空");
    }
}
