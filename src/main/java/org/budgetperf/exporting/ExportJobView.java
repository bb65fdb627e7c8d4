package org.budgetperf.exporting;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A bulk export as the API shows it.
 *
 * @param tableCount the tables the filter matched, once the job has started
 * @param exportedCount the tables written so far
 * @param expiresAt when the file will be deleted
 * @param links {@code self}, and {@code download} once SUCCEEDED
 */
public record ExportJobView(
        UUID id,
        ExportJob.State state,
        ExportFormat format,
        ExportFilter filter,
        Integer tableCount,
        int exportedCount,
        Long fileSize,
        String failureReason,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        OffsetDateTime expiresAt,
        Links links) {

    /** Links relative to the server root. */
    public record Links(String self, String download) {}

    static ExportJobView of(ExportJob job, ExportFilter filter) {
        String self = "/api/v1/exports/" + job.id;
        return new ExportJobView(
                job.id,
                job.state,
                job.format,
                filter,
                job.tableCount,
                job.exportedCount,
                job.fileSize,
                job.failureReason,
                job.createdAt,
                job.startedAt,
                job.finishedAt,
                job.expiresAt,
                new Links(self, job.state == ExportJob.State.SUCCEEDED ? self + "/file" : null));
    }
}
