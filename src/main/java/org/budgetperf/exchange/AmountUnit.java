package org.budgetperf.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The two money units of the form. Amounts are stored in 元 with 2 decimals; 6 decimals of 万元 are
 * exactly 分, so converting 万元 to 元 is a shift of the decimal point and loses nothing.
 */
enum AmountUnit {
    YUAN("元", 0, 2),
    WAN_YUAN("万元", 4, 6);

    private final String printed;
    private final int shiftToYuan;
    private final int decimals;

    AmountUnit(String printed, int shiftToYuan, int decimals) {
        this.printed = printed;
        this.shiftToYuan = shiftToYuan;
        this.decimals = decimals;
    }

    String printed() {
        return printed;
    }

    /** How many decimals are exact in this unit (down to 分). */
    int decimals() {
        return decimals;
    }

    /** The amount in 元, scale 2; the amount must have at most {@link #decimals()} decimals. */
    BigDecimal toYuan(BigDecimal amount) {
        return amount.movePointRight(shiftToYuan).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The unit a caption or value states: {@code 预算金额（万元）}, {@code 拟投入的资金(元)}, {@code 单位：万元}. */
    static Optional<AmountUnit> statedIn(String text) {
        String s = LabelText.normalise(text);
        if (s.contains("万元")) {
            return Optional.of(WAN_YUAN);
        }
        if (s.contains("(元)") || s.contains("单位:元") || s.endsWith("元")) {
            return Optional.of(YUAN);
        }
        return Optional.empty();
    }
}
