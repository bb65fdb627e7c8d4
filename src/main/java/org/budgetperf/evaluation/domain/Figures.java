package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.budgetperf.shared.domain.DecimalBounds;

/** Formatting of the figures in formulas and messages, so a person can recompute them from the text. */
final class Figures {

    private Figures() {}

    /** A number without trailing zeros and never in exponent form: {@code 95}, {@code 87.5}. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String text(BigDecimal value) {
        return value == null ? "—" : plain(value).toPlainString();
    }

    /** {@code 66,430,000.00}: money in 元, thousands separators, at least 2 decimals. */
    static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        int scale = Math.max(2, plain(amount).scale());
        return String.format(Locale.ROOT, "%,." + scale + "f", amount);
    }

    /** A displayed score or percentage: half-up to 2 decimals. */
    static BigDecimal two(Ratio value) {
        return value.round(2);
    }

    static BigDecimal two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Text for messages: "新增区级创业孵化基地数量" (第 1 条). Indices count from 1 for people. */
    static String indicatorZh(int index, String name) {
        return "第 " + (index + 1) + " 条指标“" + (name == null || name.isBlank() ? "（无名称）" : name.strip()) + "”";
    }

    static String indicatorEn(int index, String name) {
        return "indicator " + (index + 1) + " '" + (name == null || name.isBlank() ? "(no name)" : name.strip()) + "'";
    }

    /**
     * A computed score for a formula: {@code 19.00} when it has at most 2 decimals, else the exact value and its
     * rounding ({@code 17.8125 → 17.81}, {@code 7.916666… → 7.92}).
     */
    static String result(Ratio value) {
        BigDecimal exact = value.exactOrNull();
        BigDecimal rounded = value.round(2);
        if (exact != null && exact.scale() <= 2) {
            return rounded.toPlainString();
        }
        return value.text() + " → " + rounded.toPlainString();
    }

    /** Whether a number is within what the rules are meant for: the service-wide {@link DecimalBounds}. */
    static boolean reasonable(BigDecimal value) {
        return DecimalBounds.within(value);
    }

    /** @throws IllegalArgumentException when the number is not {@link #reasonable} */
    static BigDecimal requireReasonable(BigDecimal value, String name) {
        if (!reasonable(value)) {
            throw new IllegalArgumentException(name + ": " + DecimalBounds.MESSAGE);
        }
        return value;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
