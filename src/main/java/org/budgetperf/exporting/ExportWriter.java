package org.budgetperf.exporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetRows;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.TableFiles;

/**
 * Writes a bulk export as it reads it: the matching tables' ids are read in small batches by keyset (id order), and
 * every table is read and rendered in a transaction of its own and written to the file (a zip entry, or a JSON line)
 * before the next is read. What a job holds in memory is one table and a batch of ids, however many the filter
 * matches.
 */
@ApplicationScoped
public class ExportWriter implements ExportFileWriter {

    /** One table's read and rendering; far above what a table takes, far below a stuck job. */
    private static final int TABLE_TIMEOUT_SECONDS = 300;

    private static final String MANIFEST_HEADER =
            "file\tbudgetId\tdepartmentCode\tdepartmentName\tfiscalYear\tstatus\trevision\tversion\n";

    @Inject
    EntityManager em;

    @Inject
    BudgetRows rows;

    @Inject
    BudgetService budgets;

    @Inject
    TableFiles files;

    @Inject
    ObjectMapper mapper;

    @Inject
    ExportConfig config;

    @Override
    public boolean writes(ExportFormat format) {
        return format.tableFormat != null || format == ExportFormat.JSONL;
    }

    /** How many tables the filter matches now. */
    @Override
    public int count(ExportFilter filter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> query(filter, null, "count(b)", Long.class)
                        .getSingleResult()
                        .intValue());
    }

    /**
     * Writes every matching table to {@code target}, calling {@code progress} with the number written after each
     * batch; returns that number. A zip ends with {@code manifest.tsv}: one line per file with the table's id,
     * department, year, status, revision and version.
     */
    @Override
    public int write(ExportFilter filter, ExportFormat format, Path target, IntConsumer progress) throws IOException {
        Path manifest = target.resolveSibling(target.getFileName() + ".manifest");
        int written = 0;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target));
                ZipOutputStream zip = format.tableFormat == null ? null : new ZipOutputStream(file);
                OutputStream index = new BufferedOutputStream(Files.newOutputStream(manifest))) {
            index.write(MANIFEST_HEADER.getBytes(StandardCharsets.UTF_8));
            UUID after = null;
            while (true) {
                UUID from = after;
                List<UUID> ids = QuarkusTransaction.requiringNew()
                        .call(() -> query(filter, from, "b.id", UUID.class)
                                .setMaxResults(config.batchSize())
                                .getResultList());
                if (ids.isEmpty()) {
                    break;
                }
                for (UUID id : ids) {
                    Entry entry = QuarkusTransaction.requiringNew()
                            .timeout(TABLE_TIMEOUT_SECONDS)
                            .call(() -> render(id, format));
                    if (entry != null) {
                        write(entry, zip, file, index);
                        written++;
                    }
                }
                after = ids.get(ids.size() - 1);
                progress.accept(written);
            }
            index.flush();
            if (zip != null) {
                zip.putNextEntry(new ZipEntry("manifest.tsv"));
                Files.copy(manifest, zip);
                zip.closeEntry();
                zip.finish();
            }
        } finally {
            Files.deleteIfExists(manifest);
        }
        return written;
    }

    /** One table as the file has it: its entry's name and content, and its manifest line. */
    private record Entry(String name, byte[] content, String manifestLine) {}

    /**
     * One table read and rendered in a transaction of its own, so no transaction lasts longer than one table takes (a
     * batch of workbooks on a busy machine would outlast the 30 s a request's transaction may take); null when the
     * table was deleted since its id was read.
     */
    private Entry render(UUID id, ExportFormat format) throws IOException {
        Budget budget = rows.findWithDepartment(id);
        if (budget == null) {
            return null;
        }
        String name = entryName(budget, format);
        byte[] content = format.tableFormat == null
                ? mapper.writeValueAsBytes(budgets.view(budget))
                : files.table(budget, format.tableFormat).content();
        return new Entry(name, content, manifestLine(name, budget));
    }

    /** Written outside any transaction: a zip entry, or a JSON line. */
    private static void write(Entry entry, ZipOutputStream zip, OutputStream file, OutputStream index)
            throws IOException {
        if (zip != null) {
            zip.putNextEntry(new ZipEntry(entry.name()));
            zip.write(entry.content());
            zip.closeEntry();
        } else {
            file.write(entry.content());
            file.write('\n');
        }
        index.write(entry.manifestLine().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code <department code>-<year>.<ext>}: codes and years are unique together. A code with characters a file name
     * should not have is written with {@code _} and the table's id, so two such names never collide.
     */
    static String entryName(Budget budget, ExportFormat format) {
        String code = budget.department.code;
        String safe = code.replaceAll("[^A-Za-z0-9._-]", "_");
        String extension = format.tableFormat == null ? "json" : format.tableFormat.extension;
        return safe + "-" + budget.fiscalYear + (safe.equals(code) ? "" : "-" + budget.id) + "." + extension;
    }

    private static String manifestLine(String name, Budget budget) {
        return String.join(
                        "\t",
                        name,
                        budget.id.toString(),
                        budget.department.code.replaceAll("[\\t\\r\\n]", " "),
                        budget.department.name.replaceAll("[\\t\\r\\n]", " "),
                        String.valueOf(budget.fiscalYear),
                        budget.status.name(),
                        String.valueOf(budget.approvedRevision),
                        String.valueOf(budget.version))
                + "\n";
    }

    private <T> TypedQuery<T> query(ExportFilter filter, UUID after, String select, Class<T> type) {
        StringBuilder jpql = new StringBuilder("SELECT " + select + " FROM Budget b WHERE b.status IN :statuses");
        if (filter.fiscalYear() != null) {
            jpql.append(" AND b.fiscalYear = :year");
        }
        if (filter.departmentCodes() != null) {
            jpql.append(" AND b.department.code IN :codes");
        }
        if (after != null) {
            jpql.append(" AND b.id > :after");
        }
        if (type == UUID.class) {
            jpql.append(" ORDER BY b.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type).setParameter("statuses", filter.statuses());
        if (filter.fiscalYear() != null) {
            query.setParameter("year", filter.fiscalYear());
        }
        if (filter.departmentCodes() != null) {
            query.setParameter("codes", filter.departmentCodes());
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query;
    }
}
