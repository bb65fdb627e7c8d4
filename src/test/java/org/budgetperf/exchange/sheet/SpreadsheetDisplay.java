package org.budgetperf.exchange.sheet;

import java.math.BigDecimal;

/**
 * For tests of the forms: the text a spreadsheet displays for a stored number, by the reader's own rule
 * ({@link XlsxSheetGrid#display}), so a test can build what a person copying cells out of a sheet gets. The rule
 * itself stays package-private in the production code.
 */
public final class SpreadsheetDisplay {

    private SpreadsheetDisplay() {}

    /** The number as displayed: 15 significant digits, percent applied, dates as ISO dates. */
    public static String of(BigDecimal number, String format, boolean percent) {
        return XlsxSheetGrid.display(number, format, percent);
    }
}
