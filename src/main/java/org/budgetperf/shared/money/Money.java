package org.budgetperf.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.budgetperf.shared.domain.DecimalBounds;
import org.budgetperf.shared.domain.YuanConversion;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

/**
 * Exact money conversion into 元 with two decimals, the only form the service stores. Anything finer
 * than one 分 is refused rather than rounded: silently rounding an official amount would change it.
 */
public final class Money {

    /** NUMERIC(18,2): 16 digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 16;

    private Money() {}

    /**
     * Converts an amount given in {@code unit} into 元, reporting problems against {@code field}.
     *
     * @return the amount in 元 with scale 2, or null when blank or invalid (then a violation was added)
     */
    public static BigDecimal toYuan(BigDecimal value, AmountUnit unit, String field, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        if (!DecimalBounds.within(value)) {
            // Requests are bounded when read; this keeps any other caller from expanding a hostile exponent below.
            violations.add(Violation.body(
                    field,
                    ViolationCode.NUMBER_OUT_OF_BOUNDS,
                    Messages.NUMBER_OUT_OF_BOUNDS.of(DecimalBounds.MAX_INTEGER_DIGITS, DecimalBounds.MAX_DECIMALS)));
            return null;
        }
        if (value.signum() < 0) {
            violations.add(Violation.body(field, ViolationCode.NEGATIVE_AMOUNT, Messages.MUST_NOT_BE_NEGATIVE.of()));
            return null;
        }
        BigDecimal yuan = unit == AmountUnit.WAN_YUAN ? YuanConversion.wanYuanToYuan(value) : value;
        if (yuan.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.body(
                    field,
                    ViolationCode.FINER_THAN_FEN,
                    (unit == AmountUnit.WAN_YUAN ? Messages.FINER_THAN_FEN_WAN_YUAN : Messages.FINER_THAN_FEN_YUAN)
                            .of()));
            return null;
        }
        BigDecimal exact = yuan.setScale(2, RoundingMode.UNNECESSARY);
        if (exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            violations.add(Violation.body(
                    field, ViolationCode.AMOUNT_TOO_LARGE, Messages.AMOUNT_TOO_LARGE.of(MAX_INTEGER_DIGITS)));
            return null;
        }
        return exact;
    }

    /** Expresses one amount held in 元 in {@code unit}, exactly. */
    public static BigDecimal expressedIn(BigDecimal yuan, AmountUnit unit) {
        return unit == AmountUnit.WAN_YUAN ? wan(yuan) : yuan;
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : YuanConversion.yuanToWanYuan(yuan).stripTrailingZeros();
    }

    /** Sum of the present values; null when every value is blank (blank is not zero). */
    public static BigDecimal sumOfPresent(BigDecimal... values) {
        BigDecimal sum = null;
        for (BigDecimal v : values) {
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }
}
