package org.budgetperf.evaluation.weights;

import java.time.OffsetDateTime;
import java.util.List;

/** One version of a weight set as the API shows it; {@code weights} is null for an "as declared" set. */
public record WeightSetView(
        String code,
        String version,
        String title,
        boolean asDeclared,
        boolean managementGroup,
        boolean builtIn,
        WeightSetInput.Weights weights,
        WeightSetInput.Deduction budgetExecutionRule,
        WeightSetInput.Bands qualitativeBands,
        OffsetDateTime createdAt) {

    /** A set with all its versions, the newest ({@code current}) first. */
    public record History(String code, WeightSetView current, List<WeightSetView> versions) {}

    /** The stored row and its definition, as written (complete: nothing left to defaults). */
    static WeightSetView of(WeightSetEntity row, WeightSetInput set) {
        return new WeightSetView(
                row.code,
                row.version,
                set.title(),
                set.asDeclared(),
                set.managementGroup(),
                row.builtIn,
                set.weights(),
                set.budgetExecutionRule(),
                set.qualitativeBands(),
                row.createdAt);
    }
}
