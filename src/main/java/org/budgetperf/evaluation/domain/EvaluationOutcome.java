package org.budgetperf.evaluation.domain;

import java.util.List;

/**
 * What both evaluation rule sets (monitoring, self-evaluation) report besides their figures: the explanations the
 * rules require and the input lacks, and the figures they could not use. The outcome is computed either way, so a
 * preview shows everything at once; the report is accepted only when both lists are empty.
 */
public interface EvaluationOutcome {

    List<MissingExplanation> missing();

    List<InvalidInput> invalid();

    /** Whether the report can be accepted: nothing missing, nothing invalid. */
    default boolean acceptable() {
        return missing().isEmpty() && invalid().isEmpty();
    }
}
