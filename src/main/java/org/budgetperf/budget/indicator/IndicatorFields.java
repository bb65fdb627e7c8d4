package org.budgetperf.budget.indicator;

import java.math.RoundingMode;

/** Copies a validated {@link IndicatorInput} onto an indicator row. Values are kept exactly as written. */
public final class IndicatorFields {

    private IndicatorFields() {}

    public static void apply(Indicator indicator, IndicatorInput input) {
        indicator.level1 = input.level1().trim();
        indicator.level2 = input.level2().trim();
        indicator.name = input.name().trim();
        indicator.periodValue = blankToNull(input.periodValue());
        indicator.annualValue = blankToNull(input.annualValue());
        // Stored as NUMERIC(9,4): the scale is fixed here so a write answers with what a later read returns.
        indicator.weight = input.weight() == null ? null : input.weight().setScale(4, RoundingMode.UNNECESSARY);
        indicator.valueBasis = input.valueBasis();
        indicator.valueBasisNote = blankToNull(input.valueBasisNote());
    }

    /** The indicator's fields in input form: what the audit trail records. */
    public static IndicatorInput snapshot(Indicator i) {
        return new IndicatorInput(
                i.level1,
                i.level2,
                i.name,
                i.periodValue,
                i.annualValue,
                i.weight,
                i.taskId,
                null,
                i.position,
                i.valueBasis,
                i.valueBasisNote);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
