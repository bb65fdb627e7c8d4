package org.budgetperf.disclosure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntConsumer;
import org.budgetperf.exporting.ExportConfig;
import org.budgetperf.exporting.ExportFileWriter;
import org.budgetperf.exporting.ExportFilter;
import org.budgetperf.exporting.ExportFormat;

/**
 * The open-data package as an export job's file ({@code datapackage-zip}): the bulk export machinery runs, stores,
 * expires and serves it, this writes it. The file is built by the same {@link DisclosurePackage#build} the synchronous
 * {@code GET /api/v1/disclosures/{year}} answers with, so for the same data both give the same bytes and name.
 *
 * <p>Why an extension point rather than a call: {@code disclosure} uses {@code exporting} (it queues jobs through its
 * service), so {@code exporting} may not use {@code disclosure} — the feature slices are free of cycles
 * ({@code ArchitectureTest}). {@code exporting} declares {@link ExportFileWriter}, its runner finds this bean through
 * CDI by the job's format, and the dependency keeps pointing one way.
 */
@ApplicationScoped
public class DisclosureExport implements ExportFileWriter {

    /**
     * The whole package is read in one transaction (one snapshot of the year, see {@link DisclosurePackage}); on the
     * runner's thread it may take far longer than a request's 30 s, and far less than this.
     */
    static final int TIMEOUT_SECONDS = 3600;

    @Inject
    DisclosurePackage packages;

    @Inject
    ExportConfig exports;

    @Override
    public boolean writes(ExportFormat format) {
        return format == ExportFormat.DATAPACKAGE_ZIP;
    }

    @Override
    public int count(ExportFilter filter) {
        return packages.count(filter.fiscalYear());
    }

    @Override
    public int write(ExportFilter filter, ExportFormat format, Path target, IntConsumer progress) throws IOException {
        // A heartbeat every batch of tables, as the bulk export writes (the progress suspends the package's
        // transaction for a moment: the runner records it in one of its own).
        DisclosurePackage.Built built = QuarkusTransaction.requiringNew()
                .timeout(TIMEOUT_SECONDS)
                .call(() -> packages.build(filter.fiscalYear(), exports.batchSize(), progress));
        try {
            Files.move(built.archive(), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(built.archive());
        }
        return built.tables();
    }

    @Override
    public FileName fileName(ExportFilter filter) {
        String name = DisclosurePackage.fileName(filter.fiscalYear());
        return new FileName(name, name);
    }
}
