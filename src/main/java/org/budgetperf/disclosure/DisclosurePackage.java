package org.budgetperf.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.budgetperf.disclosure.OpenDataTables.Resource;
import org.budgetperf.shared.csv.CsvWriter;

/**
 * Builds the open-data package of a fiscal year (预决算公开): the last approved revision of every table of that year,
 * as CSV files described by a Frictionless Data Package ({@code datapackage.json}), zipped.
 *
 * <p>The same data gives the same bytes: rows are sorted (departments by code, tables by department, rows in form
 * order), zip entries carry a fixed time, and the descriptor's {@code created} is the latest approval it contains,
 * not the time of the request. Tables are read one at a time from a cursor and their rows go straight to
 * temporary files, so a year of thousands of tables never sits in memory.
 */
@ApplicationScoped
public class DisclosurePackage {

    /** The DOS epoch: zip entries need a time, and a fixed one keeps the archive reproducible. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /** The amounts of a table in form order, with their captions on the form. */
    private static final Map<String, String> AMOUNT_ITEMS = amountItems();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataPackageDescriptor descriptor;

    /** How many tables of the year have an approved revision: the tables its package discloses. */
    @Transactional
    public int count(int fiscalYear) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM budget WHERE fiscal_year = :year AND approved_revision > 0")
                        .setParameter("year", fiscalYear)
                        .getSingleResult())
                .intValue();
    }

    /** The package's file name, the same however it is fetched (directly or as an export job's file). */
    public static String fileName(int fiscalYear) {
        return "perf-targets-disclosure-" + fiscalYear + ".zip";
    }

    /** What was written: the archive (a temporary file the caller deletes) and how many tables it discloses. */
    public record Built(Path archive, int tables) {}

    @Transactional
    public Built build(int fiscalYear) throws IOException {
        return build(fiscalYear, 0, written -> {});
    }

    /**
     * Builds the package, calling {@code progress} with the number of tables written after every {@code every}
     * tables and once they are all written (never when {@code every} is 0). The tables are read in the caller's
     * transaction (one snapshot, so the package is one consistent picture of the year), which {@code progress} may
     * suspend to record the progress in a transaction of its own.
     */
    @Transactional
    public Built build(int fiscalYear, int every, IntConsumer progress) throws IOException {
        Path dir = Files.createTempDirectory("disclosure-");
        try {
            Map<Resource, Path> files = new LinkedHashMap<>();
            Map<Resource, CsvWriter> csv = new LinkedHashMap<>();
            List<AutoCloseable> open = new ArrayList<>();
            for (Resource resource : OpenDataTables.ALL) {
                Path file = dir.resolve(resource.path());
                OutputStreamWriter writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
                open.add(writer);
                files.put(resource, file);
                CsvWriter w = new CsvWriter(writer);
                w.row(resource.header());
                csv.put(resource, w);
            }
            Written written;
            try {
                written = writeTables(fiscalYear, csv, every, progress);
                writeSelfEvaluations(fiscalYear, csv.get(OpenDataTables.SELF_EVALUATIONS));
            } finally {
                for (AutoCloseable c : open) {
                    close(c);
                }
            }
            Path archive = Files.createTempFile("disclosure-" + fiscalYear + "-", ".zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
                entry(zip, "datapackage.json", descriptor.write(fiscalYear, written.latestApproval(), files));
                for (Map.Entry<Resource, Path> file : files.entrySet()) {
                    entry(zip, file.getKey().path(), Files.readAllBytes(file.getValue()));
                }
            }
            return new Built(archive, written.tables());
        } finally {
            try (Stream<Path> left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private record Written(int tables, OffsetDateTime latestApproval) {}

    private Written writeTables(int fiscalYear, Map<Resource, CsvWriter> csv, int every, IntConsumer progress)
            throws IOException {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery("SELECT d.id, d.code, r.document::text, r.approved_at, r.number"
                        + " FROM budget b JOIN department d ON d.id = b.department_id"
                        + " JOIN budget_revision r ON r.budget_id = b.id AND r.number = b.approved_revision"
                        + " WHERE b.fiscal_year = :year AND b.approved_revision > 0 ORDER BY d.code, b.id")
                .setParameter("year", fiscalYear)
                .setHint("org.hibernate.fetchSize", 50)
                .getResultStream();
        Set<Object> departments = new HashSet<>();
        int tables = 0;
        OffsetDateTime latest = null;
        try (rows) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                JsonNode doc = mapper.readTree((String) row[2]);
                OffsetDateTime approvedAt = timestamp(row[3]);
                latest = latest == null || approvedAt.isAfter(latest) ? approvedAt : latest;
                if (departments.add(row[0])) {
                    csv.get(OpenDataTables.DEPARTMENTS)
                            .row(List.of(
                                    row[0],
                                    row[1],
                                    doc.path("department").path("name").asText()));
                }
                writeTable(doc, row[0], ((Number) row[4]).intValue(), approvedAt, csv);
                tables++;
                if (every > 0 && tables % every == 0) {
                    progress.accept(tables);
                }
            }
        }
        if (every > 0) {
            progress.accept(tables);
        }
        return new Written(tables, latest);
    }

    private void writeTable(
            JsonNode doc, Object departmentId, int revision, OffsetDateTime approvedAt, Map<Resource, CsvWriter> csv)
            throws IOException {
        String tableId = doc.path("id").asText();
        List<String> goal = new ArrayList<>();
        doc.path("overallGoalParagraphs").forEach(p -> goal.add(p.asText()));
        csv.get(OpenDataTables.TABLES)
                .row(java.util.Arrays.asList(
                        tableId,
                        departmentId,
                        doc.path("fiscalYear").asInt(),
                        integer(doc.path("periodStartYear")),
                        integer(doc.path("periodEndYear")),
                        revision,
                        DATETIME.format(approvedAt),
                        doc.path("frameworkCode").asText(),
                        integer(doc.path("staffCount")),
                        integer(doc.path("subordinateUnitCount")),
                        goal.isEmpty() ? null : String.join("\n", goal)));
        for (Map.Entry<String, String> item : AMOUNT_ITEMS.entrySet()) {
            csv.get(OpenDataTables.AMOUNTS)
                    .row(java.util.Arrays.asList(
                            tableId,
                            item.getKey(),
                            item.getValue(),
                            decimal(doc.path("amounts").path(item.getKey()))));
        }
        for (JsonNode task : doc.path("tasks")) {
            csv.get(OpenDataTables.TASKS)
                    .row(java.util.Arrays.asList(
                            task.path("id").asText(),
                            tableId,
                            task.path("position").asInt(),
                            task.path("kind").asText(),
                            task.path("name").asText(),
                            text(task.path("content")),
                            decimal(task.path("plannedFunds")),
                            text(task.path("expectedOutcome"))));
        }
        for (JsonNode indicator : doc.path("indicators")) {
            JsonNode target = indicator.path("annualTarget");
            csv.get(OpenDataTables.INDICATORS)
                    .row(java.util.Arrays.asList(
                            indicator.path("id").asText(),
                            tableId,
                            indicator.path("position").asInt(),
                            text(indicator.path("level1")),
                            text(indicator.path("level2")),
                            indicator.path("name").asText(),
                            text(indicator.path("periodValue")),
                            text(indicator.path("annualValue")),
                            text(target.path("operator")),
                            decimal(target.path("number")),
                            text(target.path("unit")),
                            decimal(indicator.path("weight")),
                            text(indicator.path("taskId"))));
        }
    }

    private void writeSelfEvaluations(int fiscalYear, CsvWriter csv) throws IOException {
        @SuppressWarnings("unchecked")
        List<Object[]> runs = em.createNativeQuery(
                        "SELECT DISTINCT ON (d.code, c.budget_id) c.budget_id, c.id, c.recorded_at,"
                                + " c.result -> 'outcome' ->> 'total', c.outcome"
                                + " FROM check_run c JOIN budget b ON b.id = c.budget_id"
                                + " JOIN department d ON d.id = b.department_id"
                                + " WHERE b.fiscal_year = :year AND b.approved_revision > 0"
                                + " AND c.kind = 'SELF_EVALUATION'"
                                + " ORDER BY d.code, c.budget_id, c.recorded_at DESC, c.id DESC")
                .setParameter("year", fiscalYear)
                .getResultList();
        for (Object[] run : runs) {
            csv.row(List.of(
                    run[0], run[1], DATETIME.format(timestamp(run[2])), new BigDecimal((String) run[3]), run[4]));
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Streams a built archive and deletes it. */
    public static void stream(Path archive, OutputStream out) throws IOException {
        try {
            Files.copy(archive, out);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private static OffsetDateTime timestamp(Object value) {
        OffsetDateTime t = value instanceof OffsetDateTime o
                ? o
                : value instanceof java.time.Instant i
                        ? i.atOffset(ZoneOffset.UTC)
                        : ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.isTextual() && !node.asText().isBlank() ? new BigDecimal(node.asText()) : null;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static void close(AutoCloseable c) throws IOException {
        try {
            c.close();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static Map<String, String> amountItems() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("basicExpenditure", "基本支出");
        items.put("projectExpenditure", "项目支出");
        items.put("fiscalAppropriation", "财政拨款");
        items.put("otherFunds", "其他资金");
        items.put("specialFunds", "财政专项资金");
        items.put("otherDevelopmentExpenditure", "其他事业发展性支出");
        items.put("cityLevelFunds", "市本级使用资金");
        items.put("transferPaymentFunds", "拟用于对下转移支付资金");
        return items;
    }
}
