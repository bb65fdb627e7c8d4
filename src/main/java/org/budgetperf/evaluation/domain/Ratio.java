package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number (numerator / denominator of {@link BigInteger}s), so that scores are exact
 * all the way to the one rounding at the end. {@link BigDecimal} alone cannot hold 50 / 6 or 10 × 5 / 15
 * exactly; a weight split or scaled inside a 一级 is such a number, and rounding it early would make the
 * indicator scores of a group fail to add up to the group's weight.
 *
 * <p>Immutable; always in lowest terms with a positive denominator, so {@link #equals} is numeric equality.
 */
final class Ratio implements Comparable<Ratio> {

    static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);
    static final Ratio HUNDRED = of(100);

    /** Decimals shown for a number that has no finite decimal expansion (then followed by "…"). */
    private static final int SHOWN_DECIMALS = 6;

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    private static Ratio normalised(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Ratio(numerator, denominator);
    }

    static Ratio of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        return scale >= 0
                ? normalised(unscaled, BigInteger.TEN.pow(scale))
                : normalised(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    static Ratio of(long value) {
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    Ratio add(Ratio other) {
        return normalised(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Ratio subtract(Ratio other) {
        return add(other.negate());
    }

    Ratio multiply(Ratio other) {
        return normalised(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** @throws ArithmeticException when {@code other} is zero */
    Ratio divide(Ratio other) {
        return normalised(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    int signum() {
        return numerator.signum();
    }

    Ratio min(Ratio other) {
        return compareTo(other) <= 0 ? this : other;
    }

    Ratio max(Ratio other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The smallest integer ≥ this. */
    BigInteger ceiling() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** Rounded half-up to {@code scale} decimals: the one rounding a displayed score or ratio gets. */
    BigDecimal round(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** Whether the number has a finite decimal expansion (its denominator has no prime factor but 2 and 5). */
    boolean terminates() {
        BigInteger d = denominator;
        while (d.mod(TWO).signum() == 0) {
            d = d.divide(TWO);
        }
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
        }
        return d.equals(BigInteger.ONE);
    }

    /** The exact value when it terminates, else null. */
    BigDecimal exactOrNull() {
        if (!terminates()) {
            return null;
        }
        BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator));
        return Figures.plain(exact);
    }

    /**
     * The number for a person to recompute with: exact when it terminates ({@code 17.8125}), else
     * {@value #SHOWN_DECIMALS} decimals cut off and marked ({@code 8.333333…}).
     */
    String text() {
        BigDecimal exact = exactOrNull();
        if (exact != null) {
            return exact.toPlainString();
        }
        BigDecimal cut =
                new BigDecimal(numerator).divide(new BigDecimal(denominator), SHOWN_DECIMALS, RoundingMode.DOWN);
        return cut.toPlainString() + "…";
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    @Override
    public String toString() {
        return text();
    }
}
