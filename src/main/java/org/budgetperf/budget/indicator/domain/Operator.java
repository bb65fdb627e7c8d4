package org.budgetperf.budget.indicator.domain;

/**
 * The comparison a quantitative target value states. Only these five exist in the tables; every
 * spelling variant (≧, ＞＝, >=, 不低于, 以上 …) is mapped onto one of them by {@link TargetValueParser}.
 */
public enum Operator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    GT(">"),
    LT("<");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical symbol, as written in {@link TargetValue#normalized()} (EQ is printed without it). */
    public String symbol() {
        return symbol;
    }
}
