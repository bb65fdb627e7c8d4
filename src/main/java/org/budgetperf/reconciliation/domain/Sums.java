package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Sums, percentages and clerk-readable amounts for the reconciliation rules and their messages (named apart
 * from the service-wide {@code shared.money.Money}, which converts request amounts into 元). Amounts
 * are BigDecimal in 元; blanks ({@code null}) are handled by the callers, which decide per rule
 * whether a blank may count as 0.
 */
final class Sums {

    static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Sums() {}

    /** Sum with blanks counted as 0, at scale ≥ 2. */
    static BigDecimal sumBlankAsZero(BigDecimal... amounts) {
        BigDecimal sum = ZERO;
        for (BigDecimal a : amounts) {
            if (a != null) {
                sum = sum.add(a);
            }
        }
        return sum;
    }

    /** part / whole × 100, rounded half-up once to 2 decimals; null when whole is 0. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** {@code 8,427,400.00}: thousands separators, at least 2 decimals (more only if the value has them). */
    static String yuan(BigDecimal amount) {
        return plain(amount, 2);
    }

    /** {@code 842.74}: the amount in 万元, 2 to 6 decimals as needed. */
    static String wan(BigDecimal amount) {
        return plain(amount.movePointLeft(4), 2);
    }

    /** {@code 8,427,400.00 元（842.74 万元）}. */
    static String zh(BigDecimal amount) {
        return yuan(amount) + " 元（" + wan(amount) + " 万元）";
    }

    /** {@code 8,427,400.00 yuan (842.74 万元)}. */
    static String en(BigDecimal amount) {
        return yuan(amount) + " yuan (" + wan(amount) + " 万元)";
    }

    /** How far an actual figure is off the expected one: {@code 多 293,000.00 元（29.30 万元）}, or {@code 少 …}. */
    static String moreOrLessZh(BigDecimal actualMinusExpected) {
        return (actualMinusExpected.signum() > 0 ? "多 " : "少 ") + zh(actualMinusExpected.abs());
    }

    /** {@code 293,000.00 yuan (29.30 万元) more}, or {@code … less}. */
    static String moreOrLessEn(BigDecimal actualMinusExpected) {
        return en(actualMinusExpected.abs()) + (actualMinusExpected.signum() > 0 ? " more" : " less");
    }

    /** {@code 71.65%}. */
    static String pct(BigDecimal ratio) {
        return ratio.toPlainString() + "%";
    }

    private static String plain(BigDecimal value, int minScale) {
        int scale = Math.max(minScale, value.stripTrailingZeros().scale());
        // Formatter formats BigDecimal exactly (no binary floating point); Locale.ROOT gives ',' and '.'.
        return String.format(Locale.ROOT, "%,." + scale + "f", value);
    }
}
