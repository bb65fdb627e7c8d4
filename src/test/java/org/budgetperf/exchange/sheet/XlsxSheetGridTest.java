package org.budgetperf.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How an xlsx number becomes cell text: as the spreadsheet displays it, without float artefacts. */
class XlsxSheetGridTest {

    @Test
    void displaysNumbersWithoutFloatArtefacts() {
        assertEquals("1", XlsxSheetGrid.display(new BigDecimal("1"), "General", false));
        assertEquals("0.95", XlsxSheetGrid.display(new BigDecimal("0.95"), "General", false));
        assertEquals("0.35", XlsxSheetGrid.display(new BigDecimal("0.35000000000000003"), null, false));
        assertEquals("50000", XlsxSheetGrid.display(new BigDecimal("50000"), "0.00_ ", false));
        assertEquals("100%", XlsxSheetGrid.display(new BigDecimal("1"), "0%", true));
        assertEquals("95.5%", XlsxSheetGrid.display(new BigDecimal("0.955"), "0.0%", true));
        assertEquals("2024-01-01", XlsxSheetGrid.display(new BigDecimal("45292"), "yyyy-mm-dd", false));
    }
}
