package org.budgetperf.exchange.sheet;

import java.math.BigDecimal;
import org.budgetperf.shared.domain.StorableText;

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
public record Cell(String text, String location, BigDecimal number, String formula, boolean percentFormat) {

    public Cell {
        text = text == null ? "" : text;
        if (!StorableText.storable(text)) {
            // Every reader builds its cells here: a character the database cannot store refuses the file, naming the
            // cell.
            throw new TableImportException(
                    TableImportException.Reason.MALFORMED_FILE,
                    location,
                    "The cell at " + location
                            + " contains a character that cannot be stored (U+0000 or a lone surrogate)",
                    "单元格 " + location + " 含有无法保存的字符（U+0000 或不成对的代理字符）");
        }
    }

    /** A text cell, as the tab-separated reader produces them. */
    static Cell ofText(String text, String location) {
        return new Cell(text, location, null, null, false);
    }

    /** The text without surrounding white space (outer spaces carry no meaning on the form). */
    public String value() {
        return text.strip();
    }

    /** Whether the cell shows nothing but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }

    boolean isFormula() {
        return formula != null;
    }
}
