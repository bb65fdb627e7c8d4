package org.budgetperf.evaluation.domain;

import java.util.Objects;

/**
 * A figure the rules cannot use as given: an unknown indicator or task index, an actual value that is not a
 * number in the indicator's unit, a qualitative score outside its band (R-SCO-6), an adjusted budget that
 * is blank or zero. The outcome is still computed — the line concerned scores what its message says
 * (usually 0, or the band edge) — so a preview shows everything at once; the service answers 422 while any
 * is open.
 *
 * @param ruleId the rule that cannot use the figure
 * @param field JSON path of the figure in the input, e.g. {@code actuals[3].qualitativeScorePercent}
 * @param indicatorIndex the indicator's index in the table, null when not about an indicator
 * @param subject what the figure is about, for people (an indicator's name, 预算执行率, a task's name)
 * @param value the figure as given, null when it is missing
 * @param messageZh explanation, in Chinese
 * @param messageEn the same in English
 */
public record InvalidInput(
        String ruleId,
        String field,
        Integer indicatorIndex,
        String subject,
        String value,
        String messageZh,
        String messageEn) {

    public InvalidInput {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
