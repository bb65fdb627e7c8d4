package org.budgetperf.shared.money;

/**
 * The unit a client states its amounts in. The service stores and returns 元; the form itself prints
 * 万元 for the budget block, so a client may send 万元 as long as it says so.
 */
public enum AmountUnit {
    /** 元, at most 2 decimals (分). */
    YUAN,
    /** 万元, at most 6 decimals (6 decimals of 万元 are exactly 分). */
    WAN_YUAN
}
