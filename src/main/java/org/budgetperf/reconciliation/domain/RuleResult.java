package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;

/**
 * One finding of one reconciliation rule.
 *
 * <p>Sums is in 元. {@code difference} is always {@code actual − expected} (negative when the
 * actual figure is below the expected one, e.g. the headroom left under a ceiling in R-BUD-3).
 * Any figure the rule could not determine is {@code null}. A blocking result ({@link #isBlocking()}, a failed
 * ERROR rule) makes the table unbalanced.
 *
 * @param ruleId stable rule id, e.g. {@code R-BUD-1}
 * @param severity the rule's severity when it fails; PASS and NOT_VERIFIABLE results carry it too
 * @param status PASS, FAIL or NOT_VERIFIABLE
 * @param expected the figure the rule expects (a total, a ceiling, the value that would balance), nullable
 * @param actual the figure found on the table, nullable
 * @param difference {@code actual − expected}, nullable
 * @param ratio a percentage with 2 decimals, rounded half-up once (e.g. R-BUD-3 coverage), nullable
 * @param convention a {@link SpendingConvention} name where the rule depends on one, nullable
 * @param field JSON path of the field concerned, e.g. {@code amounts.cityLevelFunds} or
 *     {@code tasks[3].plannedFunds}; {@code amounts} or {@code tasks} when several are; nullable
 * @param messageZh explanation with the figures, in Chinese
 * @param messageEn the same explanation in English
 */
public record RuleResult(
        String ruleId,
        Severity severity,
        RuleStatus status,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal difference,
        BigDecimal ratio,
        String convention,
        String field,
        String messageZh,
        String messageEn)
        implements GradedFinding {

    public RuleResult {
        GradedFinding.requireGraded(ruleId, severity, status, messageZh, messageEn);
    }
}
