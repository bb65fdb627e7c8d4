package org.budgetperf.budget;

import java.util.UUID;

/**
 * A stored table as a file in its official layout. The table aggregate only asks for the file; the exchange
 * workflow that knows the layouts answers (importing.OfficialLayoutExport), so the dependency points from the
 * workflow to the aggregate and not back.
 */
public interface TableFiles {

    /** An exported file with the table version it shows and the name to save it under. */
    record File(byte[] content, long version, String contentDisposition) {}

    /** 404 when the table is unknown or out of the caller's scope. */
    File xlsx(UUID id);

    /** 404 when the table is unknown or out of the caller's scope. */
    File tsv(UUID id);
}
