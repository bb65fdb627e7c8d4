package org.budgetperf.exchange.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.budgetperf.shared.domain.YuanConversion;
import org.budgetperf.shared.money.AmountUnit;

/**
 * The two money units of the forms ({@link AmountUnit}: 元 and 万元) as the forms print and state them, and the
 * exact conversion of an amount written in one of them into 元. Amounts are stored in 元 with 2 decimals; 6 decimals
 * of 万元 are exactly 分, so converting 万元 to 元 is a shift of the decimal point and loses nothing
 * ({@link YuanConversion}).
 */
public final class FormUnits {

    private FormUnits() {}

    /** The unit as printed: {@code 元}, {@code 万元}. */
    public static String printed(AmountUnit unit) {
        return unit == AmountUnit.WAN_YUAN ? "万元" : "元";
    }

    /** How many decimals are exact in this unit (down to 分). */
    static int decimals(AmountUnit unit) {
        return unit == AmountUnit.WAN_YUAN ? YuanConversion.WAN_YUAN_DECIMALS : YuanConversion.YUAN_DECIMALS;
    }

    /** The amount in 元, scale 2; the amount must have at most {@link #decimals} decimals of its unit. */
    static BigDecimal toYuan(BigDecimal amount, AmountUnit unit) {
        BigDecimal yuan = unit == AmountUnit.WAN_YUAN ? YuanConversion.wanYuanToYuan(amount) : amount;
        return yuan.setScale(YuanConversion.YUAN_DECIMALS, RoundingMode.UNNECESSARY);
    }

    /** An amount held in 元 expressed in {@code unit}, exactly (万元: the decimal point moved 4 places). */
    public static BigDecimal fromYuan(BigDecimal yuan, AmountUnit unit) {
        return unit == AmountUnit.WAN_YUAN ? YuanConversion.yuanToWanYuan(yuan) : yuan;
    }

    /** The unit a caption or value states: {@code 预算金额（万元）}, {@code 拟投入的资金(元)}, {@code 单位：万元}. */
    public static Optional<AmountUnit> statedIn(String text) {
        String s = LabelText.normalise(text);
        if (s.contains("万元")) {
            return Optional.of(AmountUnit.WAN_YUAN);
        }
        if (s.contains("(元)") || s.contains("单位:元") || s.endsWith("元")) {
            return Optional.of(AmountUnit.YUAN);
        }
        return Optional.empty();
    }
}
