package org.budgetperf.shared.domain;

import java.math.BigDecimal;

/**
 * 万元 and 元, exactly: 1 万元 = 10 000 元, so a conversion moves the decimal point {@value #WAN_YUAN_SHIFT} places
 * and never rounds. The one place the service does this arithmetic: the JSON layer
 * ({@code org.budgetperf.shared.money.Money}) and the file readers and writers ({@code org.budgetperf.exchange})
 * both call it. Pure Java, so every package may use it.
 */
public final class YuanConversion {

    /** Decimal places between 万元 and 元. */
    public static final int WAN_YUAN_SHIFT = 4;
    /** Decimals of an amount in 元 that are still money: 2 (分). */
    public static final int YUAN_DECIMALS = 2;
    /** Decimals of an amount in 万元 that are still money: 6 decimals of 万元 are exactly 分. */
    public static final int WAN_YUAN_DECIMALS = YUAN_DECIMALS + WAN_YUAN_SHIFT;

    private YuanConversion() {}

    /** The amount in 元 of an amount in 万元, exactly (× 10 000); its scale is never negative. */
    public static BigDecimal wanYuanToYuan(BigDecimal wanYuan) {
        return wanYuan.movePointRight(WAN_YUAN_SHIFT);
    }

    /** The amount in 万元 of an amount in 元, exactly (÷ 10 000, trailing zeros kept). */
    public static BigDecimal yuanToWanYuan(BigDecimal yuan) {
        return yuan.movePointLeft(WAN_YUAN_SHIFT);
    }
}
