package org.budgetperf.exporting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.budgetperf.budget.TableFiles;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.ViolationCode;

/**
 * The file a bulk export writes: one official-layout file per table in a zip, one JSON document per line, or the
 * open-data package of a fiscal year (written by the {@code disclosure} feature through {@link ExportFileWriter}).
 */
public enum ExportFormat {
    XLSX_ZIP("xlsx-zip", "application/zip", "zip", TableFiles.Format.XLSX),
    TSV_ZIP("tsv-zip", "application/zip", "zip", TableFiles.Format.TSV),
    JSONL("jsonl", "application/x-ndjson", "jsonl", null),
    /** The Frictionless Data Package of one fiscal year, the bytes {@code GET /api/v1/disclosures/{year}} answers. */
    DATAPACKAGE_ZIP("datapackage-zip", "application/zip", "zip", null);

    private final String name;
    public final String mediaType;
    public final String extension;
    /** The per-table file in the zip; null for JSON lines and the data package. */
    public final TableFiles.Format tableFormat;

    ExportFormat(String name, String mediaType, String extension, TableFiles.Format tableFormat) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
        this.tableFormat = tableFormat;
    }

    @JsonValue
    public String value() {
        return name;
    }

    /** A 400 naming {@code format} for a name that is no format. */
    @JsonCreator
    public static ExportFormat of(String value) {
        for (ExportFormat f : values()) {
            if (f.name.equals(value)) {
                return f;
            }
        }
        throw ProblemException.invalid("format", ViolationCode.INVALID_ENUM, Messages.EXPORT_FORMAT.of());
    }
}
