package org.budgetperf.evaluation.domain;

import java.util.Objects;

/**
 * A text the rules require and the input does not give: the cause or the corrective measure of an
 * indicator behind its target (R-MON-2), the reason for budget execution below 90 % (R-SCO-2), the
 * deviation explanation of a missed or far exceeded target (R-SCO-8). The service answers 422 while any
 * is open, with one violation per entry.
 *
 * @param ruleId the rule that requires the text, e.g. {@code R-MON-2}
 * @param field JSON path of the missing text in the input, e.g. {@code indicators[2].measure},
 *     {@code actuals[0].deviationExplanation}, {@code executionShortfallReason}; list positions are those
 *     of the input's lists
 * @param indicatorIndex the indicator's index in the table, null when the text is not about an indicator
 * @param subject what the text is about, for people: the indicator's 三级 name, or 预算执行率
 * @param messageZh explanation with the figures, in Chinese
 * @param messageEn the same in English
 */
public record MissingExplanation(
        String ruleId, String field, Integer indicatorIndex, String subject, String messageZh, String messageEn) {

    public MissingExplanation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
