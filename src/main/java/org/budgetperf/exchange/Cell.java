package org.budgetperf.exchange;

import java.math.BigDecimal;

/**
 * One cell as the layout interpreter sees it, whatever file it came from. The two readers differ
 * only in how they fill these in; everything after that is shared.
 *
 * @param text the cell as a person reads it (for an xlsx number: as displayed, e.g. {@code 100%})
 * @param location where it is, in the file's own terms ({@code "E5"}, {@code "line 26, column 7"})
 * @param number the exact number stored in the file for an xlsx numeric cell (no rounding, float
 *        noise included), null for text
 * @param formula the formula of an xlsx formula cell (its cached value is in text/number), else null
 * @param percentFormat whether an xlsx number is displayed as a percentage
 */
record Cell(String text, String location, BigDecimal number, String formula, boolean percentFormat) {

    Cell {
        text = text == null ? "" : text;
    }

    /** A text cell, as the tab-separated reader produces them. */
    static Cell ofText(String text, String location) {
        return new Cell(text, location, null, null, false);
    }

    /** The text without surrounding white space (outer spaces carry no meaning on the form). */
    String value() {
        return text.strip();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isFormula() {
        return formula != null;
    }
}
