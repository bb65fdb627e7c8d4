package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;

/**
 * The figures a reconciliation result reports, in 元: what the rule expects (a total, a ceiling, the value that
 * would balance) and what the table has. Their difference is derived, always {@code actual − expected}, so no
 * rule can state it the other way round. Any figure the rule could not determine is null.
 *
 * @param expected the figure the rule expects, nullable
 * @param actual the figure found on the table, nullable
 * @param ratio a percentage with 2 decimals (e.g. R-BUD-3 coverage), nullable
 * @param convention the spending convention the rule applied, where it depends on one; nullable
 */
record Comparison(BigDecimal expected, BigDecimal actual, BigDecimal ratio, SpendingConvention convention) {

    /** No figures: the result only explains (a blank that blocks the check, nothing to check). */
    static final Comparison NONE = new Comparison(null, null, null, null);

    static Comparison of(BigDecimal expected, BigDecimal actual) {
        return new Comparison(expected, actual, null, null);
    }

    /** Only the figure the rule expects: the value that would balance, where the table's own is blank. */
    static Comparison expecting(BigDecimal expected) {
        return of(expected, null);
    }

    /** Only the figure found, where nothing is expected of it or what is expected is unknown. */
    static Comparison found(BigDecimal actual) {
        return of(null, actual);
    }

    Comparison withRatio(BigDecimal percent) {
        return new Comparison(expected, actual, percent, convention);
    }

    Comparison under(SpendingConvention applied) {
        return new Comparison(expected, actual, ratio, applied);
    }

    /** {@code actual − expected}, null unless both are known. */
    BigDecimal difference() {
        return expected == null || actual == null ? null : actual.subtract(expected);
    }
}
