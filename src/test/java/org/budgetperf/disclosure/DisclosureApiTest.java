package org.budgetperf.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.Evaluations;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** The open-data package: only approved tables, valid Data Package, the same bytes for the same data. */
@QuarkusTest
class DisclosureApiTest {

    /** A year no other test uses, so the package holds exactly this test's tables. */
    private static final int YEAR = 2037;

    @Test
    void disclosesTheApprovedTablesOfAYearAsAValidReproduciblePackage() throws Exception {
        String approvedCode = Api.uniqueCode("OPEN");
        String approvedDepartment = Api.createDepartment(approvedCode, "东莞市归国华侨联合会");
        ObjectNode request = Api.dongguanBudget(approvedDepartment).put("fiscalYear", YEAR);
        // A cell with a comma, a quote and a line break, to prove the CSV quoting.
        ((ObjectNode) request.withArray("tasks").get(0)).put("content", "宣传,联络\n\"侨心\"工程");
        String approved = Api.approved(approvedCode, request);
        String run = Evaluations.selfEvaluationOnTarget(approvedCode, approved, "95.5");
        String draftCode = Api.uniqueCode("DRAFT");
        String draftDepartment = Api.createDepartment(draftCode, "未批复部门");
        Api.createBudget(Api.dongguanBudget(draftDepartment).put("fiscalYear", YEAR))
                .then()
                .statusCode(201);

        Response first = Api.as(Api.tokenWith(Roles.READER)).get("/api/v1/disclosures/" + YEAR);
        first.then()
                .statusCode(200)
                .contentType("application/zip")
                .header("X-Disclosed-Tables", "1")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"perf-targets-disclosure-2037.zip\";"
                                + " filename*=UTF-8''perf-targets-disclosure-2037.zip");
        byte[] archive = first.asByteArray();
        Map<String, byte[]> files = unzip(archive);
        assertThat(files.keySet())
                .containsExactly(
                        "datapackage.json",
                        "departments.csv",
                        "tables.csv",
                        "amounts.csv",
                        "tasks.csv",
                        "indicators.csv",
                        "self_evaluations.csv");
        JsonNode descriptor = Api.JSON.readTree(files.get("datapackage.json"));
        Map<String, List<List<String>>> csv = DataPackageCheck.check(descriptor, files);

        assertThat(csv.get("departments")).containsExactly(List.of(approvedDepartment, approvedCode, "东莞市归国华侨联合会"));
        assertThat(csv.get("tables")).hasSize(1);
        List<String> table = csv.get("tables").get(0);
        assertThat(table.subList(0, 3)).containsExactly(approved, approvedDepartment, "2037");
        assertThat(table.get(5)).as("revision").isEqualTo("1");
        assertThat(csv.get("amounts"))
                .contains(
                        List.of(approved, "basicExpenditure", "基本支出", "5505100.00"),
                        List.of(approved, "cityLevelFunds", "市本级使用资金", ""),
                        List.of(approved, "otherFunds", "其他资金", "0.00"));
        assertThat(csv.get("tasks")).hasSize(7);
        assertThat(csv.get("tasks").get(0).get(5)).isEqualTo("宣传,联络\n\"侨心\"工程");
        assertThat(csv.get("indicators")).hasSize(25);
        assertThat(csv.get("self_evaluations")).hasSize(1);
        assertThat(csv.get("self_evaluations").get(0).subList(0, 2)).containsExactly(approved, run);
        assertThat(csv.get("self_evaluations").get(0).get(4)).isIn("优", "良", "中", "差");
        assertThat(descriptor.path("created").asText()).endsWith("Z");

        Response second = Api.as(Api.tokenWith(Roles.READER)).get("/api/v1/disclosures/" + YEAR);
        assertThat(second.asByteArray())
                .as("the same data gives the same bytes")
                .isEqualTo(archive);
        String etag = first.header("ETag");
        assertThat(second.header("ETag")).isEqualTo(etag);
        Api.as(Api.tokenWith(Roles.READER))
                .header("If-None-Match", etag)
                .get("/api/v1/disclosures/" + YEAR)
                .then()
                .statusCode(304);
    }

    @Test
    void aYearWithoutApprovedTablesIsAnEmptyButValidPackage() throws Exception {
        Response answer = Api.as(Api.tokenWith(Roles.READER)).get("/api/v1/disclosures/2099");
        answer.then().statusCode(200).header("X-Disclosed-Tables", "0");
        Map<String, byte[]> files = unzip(answer.asByteArray());
        Map<String, List<List<String>>> csv =
                DataPackageCheck.check(Api.JSON.readTree(files.get("datapackage.json")), files);
        assertThat(csv.values()).allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    @Test
    @SendsInvalidRequests("a fiscal year out of range and one that is no number")
    void refusesAYearOutOfRangeNamingIt() {
        for (String year : List.of("1999", "20x4")) {
            Api.as(Api.tokenWith(Roles.READER))
                    .get("/api/v1/disclosures/" + year)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("fiscalYear"))
                    .body("violations[0].in", equalTo("path"));
        }
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
