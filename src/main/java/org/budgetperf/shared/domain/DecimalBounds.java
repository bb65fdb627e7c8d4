package org.budgetperf.shared.domain;

import java.math.BigDecimal;

/**
 * The one bound every number entering the service must meet before any arithmetic touches it: at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_DECIMALS} after it, written in
 * at most {@value #MAX_TEXT_LENGTH} characters.
 *
 * <p>Why: a decimal such as {@code 1E+100000000} is eleven characters long but stands for a hundred million
 * digits. Exact arithmetic ({@code setScale}, {@code toPlainString}, addition to a small number) expands it
 * and keeps a core busy for minutes. The bound is checked on the parsed value's precision and scale, which
 * costs nothing, so no hostile exponent is ever expanded. Money (NUMERIC(18,2)), weights and percentages all
 * lie far inside it; each field's own narrower rule (16 digits of 元, 2 decimals) comes after.
 *
 * <p>Used by the JSON reader for every decimal of every request and by the file readers for every cell.
 */
public final class DecimalBounds {

    public static final int MAX_INTEGER_DIGITS = 30;
    public static final int MAX_DECIMALS = 20;
    /** Longer text cannot be a number within the bounds (30 + 20 digits, sign, point, exponent, separators). */
    public static final int MAX_TEXT_LENGTH = 80;

    /**
     * What an exception of the domain says about a number outside the bounds, in English; a problem document says it
     * in the request's language (the catalogue's {@code NUMBER_OUT_OF_BOUNDS}).
     */
    public static final String MESSAGE = "number out of range: at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + MAX_DECIMALS + " after it";

    private DecimalBounds() {}

    /** Whether {@code value} (null counts as blank, so yes) lies within the bounds; never expands the value. */
    public static boolean within(BigDecimal value) {
        if (value == null) {
            return true;
        }
        // precision - scale is the number of digits before the point (for 0E+9 too); scale counts those after it.
        long integerDigits = (long) value.precision() - value.scale();
        return value.scale() <= MAX_DECIMALS && integerDigits <= MAX_INTEGER_DIGITS;
    }

    /**
     * Parses decimal text ({@code 12}, {@code -0.5}, {@code 1.2E+3}) within the bounds.
     *
     * @throws OutOfBounds when the text is too long or the number outside the bounds
     * @throws NumberFormatException when the text is not a decimal number at all
     */
    public static BigDecimal parse(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new OutOfBounds();
        }
        BigDecimal value = new BigDecimal(text);
        if (!within(value)) {
            throw new OutOfBounds();
        }
        return value;
    }

    /** Parses like {@link #parse} but answers null for anything that is not a decimal within the bounds. */
    public static BigDecimal parseOrNull(String text) {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number outside the bounds; a {@link NumberFormatException} so callers that refuse bad numbers refuse it too. */
    public static final class OutOfBounds extends NumberFormatException {

        public OutOfBounds() {
            super(MESSAGE);
        }
    }
}
