package org.budgetperf.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.Evaluations;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** The bureau's figures of a year, per department and in total, as JSON and as CSV, within the caller's scope. */
@QuarkusTest
class StatisticsApiTest {

    /** A year no other test uses. */
    private static final int YEAR = 2038;

    @Test
    void countsEachDepartmentsTableChecksCoverageAndGrade() {
        String approvedCode = "STAT-A-" + Api.uniqueCode("");
        String approvedDepartment = Api.createDepartment(approvedCode, "甲部门");
        ObjectNode request = Api.dongguanBudget(approvedDepartment).put("fiscalYear", YEAR);
        // One of the six key tasks is measured by an indicator: coverage 1/6.
        ((ObjectNode) request.withArray("indicators").get(0)).put("taskIndex", 0);
        String approved = Api.approved(approvedCode, request);
        Evaluations.selfEvaluationOnTarget(approvedCode, approved, "95.5");
        String draftCode = "STAT-B-" + Api.uniqueCode("");
        String draftDepartment = Api.createDepartment(draftCode, "乙部门");
        String draft = Api.createBudget(Api.dongguanBudget(draftDepartment).put("fiscalYear", YEAR))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        JsonPath figures = Api.as(Api.tokenWith(Roles.FINANCE_REVIEWER))
                .queryParam("fiscalYear", YEAR)
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .body("fiscalYear", equalTo(YEAR))
                .body("departments", hasSize(2))
                .extract()
                .jsonPath();
        assertThat(figures.getString("departments[0].tableId")).isEqualTo(approved);
        assertThat(figures.getString("departments[0].status")).isEqualTo("APPROVED");
        assertThat(figures.getInt("departments[0].approvedRevision")).isEqualTo(1);
        // Submission recorded a reconciliation and a review of the version that was then approved.
        assertThat(figures.getString("departments[0].reconciliation.outcome")).isEqualTo("BALANCED");
        assertThat(figures.getInt("departments[0].keyTasks.count")).isEqualTo(6);
        assertThat(figures.getInt("departments[0].keyTasks.withIndicators")).isEqualTo(1);
        assertThat(figures.getString("departments[0].keyTasks.coverage")).isEqualTo("0.1667");
        assertThat(figures.getString("departments[0].selfEvaluation.grade")).isIn("优", "良", "中", "差");
        assertThat(figures.getString("departments[1].tableId")).isEqualTo(draft);
        assertThat(figures.getString("departments[1].status")).isEqualTo("DRAFT");
        assertThat(figures.<Object>get("departments[1].reconciliation")).isNull();
        assertThat(figures.<Object>get("departments[1].selfEvaluation")).isNull();
        assertThat(figures.getInt("totals.tables")).isEqualTo(2);
        assertThat(figures.getInt("totals.byStatus.APPROVED")).isEqualTo(1);
        assertThat(figures.getInt("totals.byStatus.DRAFT")).isEqualTo(1);
        assertThat(figures.getInt("totals.reconciliationOutcomes.BALANCED")).isEqualTo(1);
        assertThat(figures.getInt("totals.reconciliationOutcomes.NONE")).isEqualTo(1);
        assertThat(figures.getInt("totals.keyTasks.count")).isEqualTo(12);
        assertThat(figures.getString("totals.keyTasks.coverage")).isEqualTo("0.0833");

        // A department editor sees only its own department.
        Api.as(Api.editorOf(draftCode))
                .queryParam("fiscalYear", YEAR)
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .body("departments", hasSize(1))
                .body("departments[0].tableId", equalTo(draft))
                .body("departments[0].review", nullValue());

        String csv = Api.as(Api.tokenWith(Roles.READER))
                .queryParam("fiscalYear", YEAR)
                .queryParam("format", "csv")
                .get("/api/v1/statistics/export")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join(",", StatisticsResource.COLUMNS));
        assertThat(lines.get(1)).startsWith(approvedCode + ",甲部门," + approved + ",APPROVED,1,BALANCED,");
        assertThat(lines.get(1)).contains(",6,1,0.1667,");
        assertThat(lines.get(2)).isEqualTo(draftCode + ",乙部门," + draft + ",DRAFT,0,,,,,,6,0,0.0000,,");
    }

    @Test
    @SendsInvalidRequests("a missing and an out-of-range fiscal year, an unknown format")
    void refusesAMissingYearAndAnUnknownFormatNamingThem() {
        for (String query : List.of("", "?fiscalYear=1999", "/export?fiscalYear=2024&format=xlsx")) {
            Api.as(Api.tokenWith(Roles.READER))
                    .get("/api/v1/statistics" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(query.contains("format") ? "format" : "fiscalYear"));
        }
    }
}
