package org.budgetperf.exporting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Writes the file of an export job: the extension point through which a feature adds a format of its own to the bulk
 * export machinery (its job table, runner, status and download endpoints, retention and access rules).
 *
 * <p>{@link ExportWriter} writes the bulk export's own formats; {@code disclosure.DisclosureExport} writes
 * {@link ExportFormat#DATAPACKAGE_ZIP}, the open-data package of a year. The {@link ExportRunner} looks the writer of
 * a job's format up among every bean of this type ({@code Instance<ExportFileWriter>}), so the dependency points one
 * way only: {@code disclosure} imports {@code exporting} (to implement this and to queue jobs through
 * {@link ExportService}), {@code exporting} never imports {@code disclosure}; the feature slices stay free of cycles
 * ({@code ArchitectureTest}).
 *
 * <p>A writer runs on the runner's thread, outside any request and any transaction: it opens those it needs. It
 * must call {@code progress} at least every few hundred tables (the runner's heartbeat: a job silent for 90 s is
 * taken for interrupted and queued again).
 */
public interface ExportFileWriter {

    /** Whether this writer writes files of that format; exactly one writer answers true for each format. */
    boolean writes(ExportFormat format);

    /** How many tables the filter matches now (the job's {@code tableCount}). */
    int count(ExportFilter filter);

    /**
     * Writes the file to {@code target}, calling {@code progress} with the number of tables written so far; returns
     * that number once complete.
     */
    int write(ExportFilter filter, ExportFormat format, Path target, IntConsumer progress) throws IOException;

    /**
     * The downloaded file's name, ASCII-only then in full (both the same when the name is ASCII); null: the bulk
     * export's own naming ({@code budget-tables-<year>-<id>.<ext>}).
     */
    default FileName fileName(ExportFilter filter) {
        return null;
    }

    /** A download's name: {@code ascii} for {@code filename=}, {@code full} for {@code filename*=}. */
    record FileName(String ascii, String full) {}
}
