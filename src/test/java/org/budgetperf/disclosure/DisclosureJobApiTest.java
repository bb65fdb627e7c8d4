package org.budgetperf.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.ExportJobs;
import org.junit.jupiter.api.Test;

/**
 * The open-data package built by an export job: a year above {@code perf.disclosure.synchronous-tables} (3 in tests)
 * or a request with {@code Prefer: respond-async} answers 202 with the job, whose file is the synchronous package
 * byte for byte, under the same name; the job is its requester's only.
 */
@QuarkusTest
class DisclosureJobApiTest {

    /** Years no other test uses, so the packages hold exactly these tests' tables. */
    private static final int LARGE_YEAR = 2046;

    private static final int SMALL_YEAR = 2047;

    @Inject
    DisclosurePackage packages;

    private static RequestSpecification reader() {
        return Api.as(Api.token("disclosure-reader", List.of(Roles.READER), List.of()));
    }

    /** An approved table of the year in a department of its own; returns the department's code. */
    private static String approvedTable(String prefix, int year) {
        String code = Api.uniqueCode(prefix);
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        Api.approved(code, Api.dongguanBudget(department).put("fiscalYear", year));
        return code;
    }

    /** Polls the job until it has finished; it must have SUCCEEDED. */
    private static Response succeeded(RequestSpecification as, String location) throws InterruptedException {
        Response job = ExportJobs.finished(as, location);
        job.then().body("state", equalTo("SUCCEEDED")).body("failureReason", nullValue());
        return job;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aLargeYearOrRespondAsyncIsAJobWhoseFileIsTheSynchronousPackage() throws Exception {
        for (int i = 0; i < 3; i++) {
            approvedTable("LARGE", LARGE_YEAR);
        }
        String path = "/api/v1/disclosures/" + LARGE_YEAR;

        // Three tables, the threshold: built while the request waits.
        Response direct = reader().get(path);
        direct.then()
                .statusCode(200)
                .contentType("application/zip")
                .header("X-Disclosed-Tables", "3")
                .header("Vary", "Prefer");
        byte[] synchronous = direct.asByteArray();
        String etag = direct.header("ETag");
        assertThat(etag).isEqualTo("\"" + sha256(synchronous) + "\"");

        // The same year with Prefer: respond-async is a job, honoured and said so (also to a client that accepts
        // only the file: the job is how it gets there).
        Response accepted = reader().accept("application/zip")
                .header("Prefer", "wait=5, Respond-Async")
                .get(path);
        accepted.then()
                .statusCode(202)
                .contentType(ContentType.JSON)
                .header("Preference-Applied", "respond-async")
                .header("Vary", "Prefer")
                .body("format", equalTo("datapackage-zip"))
                .body("filter.fiscalYear", equalTo(LARGE_YEAR))
                .body("filter.departmentCodes", nullValue())
                .body("links.self", equalTo("/api/v1/exports/" + accepted.path("id")));
        String location = accepted.header("Location");
        assertThat(location).endsWith("/api/v1/exports/" + accepted.path("id"));
        Response job = succeeded(reader(), location);
        job.then().body("tableCount", equalTo(3)).body("exportedCount", equalTo(3));
        Response file = reader().get((String) job.path("links.download"));
        file.then().statusCode(200).contentType("application/zip");
        assertThat(file.header("Content-Disposition")).isEqualTo(direct.header("Content-Disposition"));
        byte[] fromJob = file.asByteArray();
        assertThat(sha256(fromJob)).as("the job's file is the 200's package").isEqualTo(sha256(synchronous));
        assertThat(fromJob).isEqualTo(synchronous);
        assertThat((long) fromJob.length).isEqualTo(job.jsonPath().getLong("fileSize"));

        // The job is its requester's: another reader learns nothing of it.
        RequestSpecification other = Api.as(Api.token("another-reader", List.of(Roles.READER), List.of()));
        other.get(location).then().statusCode(404);
        other.get((String) job.path("links.download")).then().statusCode(404);

        // A fourth table takes the year above the threshold: 202 without being asked, no preference applied.
        approvedTable("LARGER", LARGE_YEAR);
        Response large = reader().get(path);
        large.then().statusCode(202).body("format", equalTo("datapackage-zip"));
        assertThat(large.headers().hasHeaderWithName("Preference-Applied")).isFalse();
        Response largeJob = succeeded(reader(), large.header("Location"));
        largeJob.then().body("tableCount", equalTo(4)).body("exportedCount", equalTo(4));
        byte[] largeFile =
                reader().get((String) largeJob.path("links.download")).asByteArray();
        Map<String, byte[]> files = DisclosureApiTest.unzip(largeFile);
        Map<String, List<List<String>>> csv =
                DataPackageCheck.check(Api.JSON.readTree(files.get("datapackage.json")), files);
        assertThat(csv.get("tables")).hasSize(4);
        assertThat(csv.get("departments")).hasSize(4);
        assertThat(largeFile).isNotEqualTo(synchronous);

        // What the synchronous answer builds for the same data, and POST /exports for it: the same bytes.
        DisclosurePackage.Built built = packages.build(LARGE_YEAR);
        try {
            assertThat(sha256(Files.readAllBytes(built.archive()))).isEqualTo(sha256(largeFile));
        } finally {
            Files.deleteIfExists(built.archive());
        }
        Response posted = reader().contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", LARGE_YEAR, "format", "datapackage-zip"))
                .post("/api/v1/exports");
        posted.then().statusCode(202).body("filter.statuses", equalTo(List.of("APPROVED")));
        Response postedJob = succeeded(reader(), posted.header("Location"));
        assertThat(reader().get((String) postedJob.path("links.download")).asByteArray())
                .isEqualTo(largeFile);
    }

    @Test
    void anEditorExportsTheWholeYearsPackageButNoPartOfIt() throws Exception {
        String own = approvedTable("OWN", SMALL_YEAR);
        approvedTable("OTHER", SMALL_YEAR);
        RequestSpecification editor = Api.as(Api.editorOf(own));
        byte[] synchronous = editor.get("/api/v1/disclosures/" + SMALL_YEAR).asByteArray();

        // A department editor's scope does not apply: approved tables are public records.
        Response accepted = editor.contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", SMALL_YEAR, "format", "datapackage-zip"))
                .post("/api/v1/exports");
        accepted.then().statusCode(202).body("filter.departmentCodes", nullValue());
        Response job = succeeded(editor, accepted.header("Location"));
        job.then().body("tableCount", equalTo(2));
        Response file = editor.get((String) job.path("links.download"));
        assertThat(file.header("Content-Disposition")).contains("perf-targets-disclosure-" + SMALL_YEAR + ".zip");
        assertThat(file.asByteArray()).isEqualTo(synchronous);

        // The package is of a whole year: a missing year, a department or another status is refused, naming it.
        editor.contentType(ContentType.JSON)
                .body(Map.of("format", "datapackage-zip"))
                .post("/api/v1/exports")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"))
                .body("violations[0].code", equalTo("REQUIRED"));
        editor.contentType(ContentType.JSON)
                .body(Map.of(
                        "fiscalYear",
                        SMALL_YEAR,
                        "departmentCodes",
                        List.of(own),
                        "statuses",
                        List.of("DRAFT"),
                        "format",
                        "datapackage-zip"))
                .post("/api/v1/exports")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("statuses", "departmentCodes")))
                .body("violations.code", equalTo(List.of("NOT_APPLICABLE", "NOT_APPLICABLE")));
    }
}
