package org.budgetperf.budget;

import java.util.UUID;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.web.MediaTypes;

/**
 * A stored table as a file in its official layout. The table aggregate only asks for the file; the exchange
 * workflow that knows the layouts answers (importing.OfficialLayoutExport), so the dependency points from the
 * workflow to the aggregate and not back.
 */
public interface TableFiles {

    /** The two file formats of the official layout, as named by {@code ?format=}. */
    enum Format {
        XLSX("xlsx", MediaTypes.XLSX),
        TSV("tsv", MediaTypes.TSV + "; charset=UTF-8");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** The {@code format} query parameter: required, {@code xlsx} or {@code tsv}; 400 naming it otherwise. */
        public static Format parse(String value) {
            for (Format f : values()) {
                if (f.extension.equals(value)) {
                    return f;
                }
            }
            throw ProblemException.invalid(
                    value == null || value.isBlank()
                            ? Violation.query("format", ViolationCode.REQUIRED, Messages.FORMAT_REQUIRED.of())
                            : Violation.query("format", ViolationCode.INVALID_ENUM, Messages.FORMAT_XLSX_OR_TSV.of()));
        }
    }

    /** An exported file with its entity tag (quoted) and the name to save it under. */
    record File(byte[] content, String etag, String contentDisposition) {}

    /** The table as it is now; 404 when the table is unknown or out of the caller's scope. */
    File table(UUID id, Format format);

    /** A table already read and in scope (a bulk export reads its own), as it is now. */
    File table(Budget budget, Format format);

    /**
     * A revision of the table ({@code table}, as frozen or as it is now) under the name of {@code budget} and the
     * revision's number.
     */
    File revision(Budget budget, int number, TargetTable table, String etag, Format format);
}
