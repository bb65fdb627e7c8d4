package org.budgetperf.exchange.sheet;

import java.util.Objects;

/**
 * One thing the importer noticed or interpreted while reading a table, with the place in the file
 * it came from, so a department can find the cell in its own spreadsheet.
 *
 * @param severity how much it matters
 * @param code stable machine-readable code, one of {@link FindingCodes}
 * @param location {@code "C18"} (or {@code "Sheet2!C18"} in a workbook with several sheets) for
 *        an xlsx cell, {@code "line 26, column 7"} for tab-separated text
 * @param message English and Chinese explanation with the concrete values
 */
public record ImportFinding(FindingSeverity severity, String code, String location, String message) {

    public ImportFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
