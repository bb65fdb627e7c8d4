package org.budgetperf.reconciliation.domain;

/**
 * The two ways real tables balance income against spending (domain.md §4.1, R-BUD-1). The name
 * is what {@link RuleResult#convention()} carries.
 */
public enum SpendingConvention {
    /** Income = 基本支出 + 项目支出 (Zhanjiang 2023/2024: development spending is inside 项目支出). */
    BASIC_PLUS_PROJECT("基本支出+项目支出", "basic + project spending", "不含事业发展性支出（湛江）口径"),
    /**
     * Income = 基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出 (Dongguan 2024: development
     * spending comes on top of 项目支出).
     */
    WITH_DEVELOPMENT(
            "基本支出+项目支出+财政专项资金+其他事业发展性支出",
            "basic + project spending + special funds + other development spending",
            "含事业发展性支出（东莞）口径");

    private final String labelZh;
    private final String labelEn;
    private final String nameZh;

    SpendingConvention(String labelZh, String labelEn, String nameZh) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.nameZh = nameZh;
    }

    /** The convention's name for a clerk, e.g. 含事业发展性支出（东莞）口径. */
    public String nameZh() {
        return nameZh;
    }

    /** The spending cells summed, in Chinese. */
    public String labelZh() {
        return labelZh;
    }

    /** The spending cells summed, in English. */
    public String labelEn() {
        return labelEn;
    }
}
