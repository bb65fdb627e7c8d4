package org.budgetperf.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.ExportJobs;
import org.junit.jupiter.api.Test;

/**
 * Bulk exports run in the background and are polled, then downloaded: the official layout zipped or JSON lines, the
 * caller's scope applied when the job is requested, interrupted jobs started again and old files deleted.
 */
@QuarkusTest
class BulkExportApiTest {

    @Inject
    ExportRunner runner;

    @Inject
    EntityManager em;

    private static RequestSpecification reviewer() {
        return Api.as(Api.token("export-reviewer", List.of(Roles.FINANCE_REVIEWER), List.of()));
    }

    /** A department with two approved tables (2041, 2042) and a draft (2043); returns its code. */
    private static String departmentWithTables(String prefix) {
        String code = Api.uniqueCode(prefix);
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        Api.approved(code, Api.dongguanBudget(department).put("fiscalYear", 2041));
        Api.approved(code, Api.dongguanBudget(department).put("fiscalYear", 2042));
        Api.as(Api.editorOf(code))
                .contentType(ContentType.JSON)
                .body(Api.minimalBudget(department, 2043).toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201);
        return code;
    }

    private static Response request(RequestSpecification as, Map<String, Object> body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/exports");
    }

    /** Polls the job until it has finished. */
    private static Response finished(RequestSpecification as, String location) throws InterruptedException {
        return ExportJobs.finished(as, location);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> cellTexts(byte[] xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }

    @Test
    void exportsTheApprovedTablesOfADepartmentAsWorkbooksInAZip() throws Exception {
        String code = departmentWithTables("BX");
        Response accepted = request(reviewer(), Map.of("departmentCodes", List.of(code), "format", "xlsx-zip"));
        accepted.then().statusCode(202).body("filter.statuses", equalTo(List.of("APPROVED")));
        String location = accepted.header("Location");
        assertThat(location).endsWith("/api/v1/exports/" + accepted.path("id"));

        Response job = finished(reviewer(), location);
        job.then()
                .body("state", equalTo("SUCCEEDED"))
                .body("tableCount", equalTo(2))
                .body("exportedCount", equalTo(2))
                .body("links.download", equalTo("/api/v1/exports/" + accepted.path("id") + "/file"));
        assertThat(job.jsonPath().getString("finishedAt")).isNotNull();
        assertThat(job.jsonPath().getString("expiresAt")).isNotNull();

        Response file = reviewer().get((String) job.path("links.download"));
        file.then().statusCode(200).contentType("application/zip");
        assertThat(file.header("Content-Disposition")).contains("filename*=UTF-8''");
        byte[] bytes = file.asByteArray();
        assertThat((long) bytes.length).isEqualTo(job.jsonPath().getLong("fileSize"));
        Map<String, byte[]> entries = unzip(bytes);
        assertThat(entries.keySet())
                .containsExactlyInAnyOrder(code + "-2041.xlsx", code + "-2042.xlsx", "manifest.tsv");
        assertThat(cellTexts(entries.get(code + "-2041.xlsx"))).anyMatch(t -> t.contains("2041"));
        assertThat(cellTexts(entries.get(code + "-2042.xlsx"))).anyMatch(t -> t.contains("2042"));
        List<String> manifest = List.of(new String(entries.get("manifest.tsv"), StandardCharsets.UTF_8).split("\n"));
        assertThat(manifest).hasSize(3);
        assertThat(manifest.get(1)).contains(code, "APPROVED", "东莞市归国华侨联合会");

        // Another caller does not see the job; a retry with the same key gets the same job.
        Api.as(Api.tokenWith(Roles.READER)).get(location).then().statusCode(404);
        Map<String, Object> body = Map.of("departmentCodes", List.of(code), "format", "jsonl");
        String first = reviewer()
                .header("Idempotency-Key", "export-" + code)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        reviewer()
                .header("Idempotency-Key", "export-" + code)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exports")
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void exportsJsonLinesWithinAnEditorsOwnDepartments() throws Exception {
        String code = departmentWithTables("BJ");
        String other = departmentWithTables("BO");
        RequestSpecification editor = Api.as(Api.editorOf(code));

        // Named departments out of scope are refused, not silently left out: by code and by id alike.
        request(editor, Map.of("departmentCodes", List.of(other), "format", "jsonl"))
                .then()
                .statusCode(403)
                .body("violations[0].field", equalTo("departmentCodes[0]"));
        String otherId = Api.given().get("/api/v1/departments?code=" + other).path("items[0].id");
        request(
                        editor,
                        Map.of(
                                "departmentIds",
                                List.of(otherId, UUID.randomUUID().toString()),
                                "format",
                                "jsonl"))
                .then()
                .statusCode(403)
                .body("violations.field", equalTo(List.of("departmentIds[0]", "departmentIds[1]")));
        request(reviewer(), Map.of("departmentCodes", List.of("NO-SUCH-" + code), "format", "jsonl"))
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("departmentCodes[0]"));

        // Naming none, an editor exports its own departments; statuses as asked.
        Response accepted = request(editor, Map.of("statuses", List.of("APPROVED", "DRAFT"), "format", "jsonl"));
        accepted.then().statusCode(202).body("filter.departmentCodes", equalTo(List.of(code)));
        Response job = finished(editor, accepted.header("Location"));
        job.then().body("state", equalTo("SUCCEEDED")).body("exportedCount", equalTo(3));
        Response file = editor.get((String) job.path("links.download"));
        file.then().statusCode(200).contentType("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : file.asString().split("\n")) {
            lines.add(Api.JSON.readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines)
                .allSatisfy(l ->
                        assertThat(l.get("department").get("code").asText()).isEqualTo(code));
        assertThat(lines.stream().map(l -> l.get("status").asText()))
                .containsExactlyInAnyOrder("APPROVED", "APPROVED", "DRAFT");
        assertThat(lines.stream().filter(l -> l.get("fiscalYear").asInt() == 2041))
                .singleElement()
                .satisfies(l -> assertThat(l.get("indicators").size()).isGreaterThan(10));
    }

    @Test
    void anInterruptedJobRunsAgainAndAnOldFileExpires() throws Exception {
        String code = departmentWithTables("BR");
        String subject = "export-reviewer";
        // A job that was RUNNING when the service stopped: its heartbeat is old.
        UUID interrupted = job(subject, code, ExportJob.State.RUNNING, 1);
        UUID exhausted = job(subject, code, ExportJob.State.RUNNING, 3);
        runner.sweep();

        Response job = finished(reviewer(), "/api/v1/exports/" + interrupted);
        job.then().body("state", equalTo("SUCCEEDED")).body("exportedCount", equalTo(2));
        reviewer()
                .get("/api/v1/exports/" + exhausted)
                .then()
                .body("state", equalTo("FAILED"))
                .body("failureReason", org.hamcrest.Matchers.containsString("interrupted 3 times"));
        reviewer().get("/api/v1/exports/" + exhausted + "/file").then().statusCode(409);

        // Past its retention the file is deleted and the job EXPIRED.
        QuarkusTransaction.requiringNew()
                .run(() -> em.find(ExportJob.class, interrupted).expiresAt =
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        runner.sweep();
        reviewer().get("/api/v1/exports/" + interrupted).then().body("state", equalTo("EXPIRED"));
        reviewer().get("/api/v1/exports/" + interrupted + "/file").then().statusCode(404);
    }

    @Test
    void aCallerQueuesAFewJobsAtATime() {
        String subject = "busy-" + UUID.randomUUID();
        List<UUID> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = job(subject, "ANY", ExportJob.State.RUNNING, 1);
            // beating now: not taken for interrupted by a sweep meanwhile
            QuarkusTransaction.requiringNew()
                    .run(() -> em.find(ExportJob.class, id).heartbeatAt =
                            OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10));
            running.add(id);
        }
        RequestSpecification busy = Api.as(Api.token(subject, List.of(Roles.READER), List.of()));
        request(busy, Map.of("format", "jsonl"))
                .then()
                .statusCode(429)
                .header("Retry-After", "10")
                .body("code", equalTo("TOO_MANY_REQUESTS"));
        QuarkusTransaction.requiringNew()
                .run(() -> em.find(ExportJob.class, running.get(0)).state = ExportJob.State.FAILED);
        request(busy, Map.of("format", "jsonl")).then().statusCode(202);
        QuarkusTransaction.requiringNew()
                .run(() -> running.forEach(id -> em.find(ExportJob.class, id).state = ExportJob.State.FAILED));
    }

    private UUID job(String subject, String code, ExportJob.State state, int attempts) {
        ExportJob job = new ExportJob();
        job.id = UUID.randomUUID();
        job.requestedBy = subject;
        job.format = ExportFormat.TSV_ZIP;
        job.filter = "{\"fiscalYear\": null, \"statuses\": [\"APPROVED\"], \"departmentCodes\": [\"" + code + "\"]}";
        job.state = state;
        job.attempts = attempts;
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        job.startedAt = job.createdAt;
        job.heartbeatAt = job.createdAt;
        QuarkusTransaction.requiringNew().run(() -> em.persist(job));
        return job.id;
    }
}
