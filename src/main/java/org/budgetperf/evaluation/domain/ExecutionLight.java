package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;

/**
 * The execution light of a budget or a task (R-MON-1).
 *
 * @param budget 元 measured against; null when blank
 * @param spentToDate 元; null when blank
 * @param month 1–12
 * @param executionRatePercent spent / budget × 100, rounded half-up to 2 decimals; null when not computable
 * @param value v = (spent / budget) ÷ (month / 12) × 100, rounded half-up to 2 decimals once; null when not
 *     computable
 * @param light judged on {@code value} as shown; NOT_COMPUTABLE when the budget is blank, zero or negative or
 *     the spending is blank or negative
 * @param ruleId {@code R-MON-1}
 * @param formula the computation with the figures
 * @param messageZh explanation, in Chinese
 * @param messageEn the same in English
 */
public record ExecutionLight(
        BigDecimal budget,
        BigDecimal spentToDate,
        int month,
        BigDecimal executionRatePercent,
        BigDecimal value,
        Light light,
        String ruleId,
        String formula,
        String messageZh,
        String messageEn) {

    public boolean computable() {
        return light != Light.NOT_COMPUTABLE;
    }
}
