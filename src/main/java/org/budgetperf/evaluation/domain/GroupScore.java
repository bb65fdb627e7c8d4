package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;

/**
 * A 一级 group's subtotal.
 *
 * @param group the group
 * @param name the group's 一级 name (产出指标 …)
 * @param weight the group's weight in the weights used
 * @param indicatorCount how many indicators count in it
 * @param score Σ of its indicators' exact scores, rounded half-up to 2 decimals once
 * @param unroundedScore the exact sum (6 decimals and "…" when it does not terminate)
 * @param note why a group earns nothing, or that it is not weighted; null otherwise
 */
public record GroupScore(
        ScoringGroup group,
        String name,
        BigDecimal weight,
        int indicatorCount,
        BigDecimal score,
        String unroundedScore,
        String note) {}
