package org.budgetperf.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** The finance bureau's queue filtered by department, fiscal year and age, paged by cursor. */
@QuarkusTest
class ReviewQueueFilterTest {

    @Inject
    DirectReads direct;

    private static RequestSpecification reviewer() {
        // Queries and links are sent as written: they are encoded already.
        return Api.as(Api.token("queue-reviewer", List.of(Roles.FINANCE_REVIEWER), List.of()))
                .urlEncodingEnabled(false);
    }

    private static String submitted(String code, int year) {
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        var request = Api.dongguanBudget(department);
        request.put("fiscalYear", year);
        String id = Api.as(Api.editorOf(code))
                .contentType("application/json")
                .body(request.toString())
                .post("/api/v1/budgets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(Api.editorOf(code))
                .header("If-Match", "*")
                .post("/api/v1/budgets/" + id + "/submit")
                .then()
                .statusCode(200);
        return id;
    }

    private static List<String> queued(String query) {
        return reviewer()
                .get("/api/v1/review-queue?size=100&" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.budgetId");
    }

    @SendsInvalidRequests("a negative minAgeDays")
    @Test
    void filtersByDepartmentYearAndAge() {
        String a = Api.uniqueCode("QA");
        String b = Api.uniqueCode("QB");
        String first = submitted(a, 2024);
        String second = submitted(b, 2025);
        String departmentOfA = Api.given().get("/api/v1/budgets/" + first).path("department.id");

        assertThat(queued("departmentCode=" + a + "&departmentCode=" + b)).containsExactly(first, second);
        assertThat(queued("departmentCode=" + b)).containsExactly(second);
        assertThat(queued("departmentId=" + departmentOfA)).containsExactly(first);
        assertThat(queued("departmentCode=" + a + "&departmentCode=" + b + "&fiscalYear=2025"))
                .containsExactly(second);
        String soon = URLEncoder.encode(
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString(), StandardCharsets.UTF_8);
        assertThat(queued("departmentCode=" + a + "&submittedBefore=" + soon)).containsExactly(first);
        assertThat(queued("departmentCode=" + a + "&submittedBefore=2020-01-01T00:00:00Z"))
                .isEmpty();
        assertThat(queued("departmentCode=" + a + "&minAgeDays=0")).containsExactly(first);
        assertThat(queued("departmentCode=" + a + "&minAgeDays=1")).isEmpty();
        // "Waiting at least a day" is bound as a moment computed for each request; its estimate is reused all the same.
        long estimates = direct.estimatesPlanned();
        for (int i = 0; i < 2; i++) {
            reviewer()
                    .get("/api/v1/review-queue?size=1&minAgeDays=0&departmentCode=" + a + "&departmentCode=" + b)
                    .then()
                    .statusCode(200)
                    .body("totalIsEstimate", equalTo(true));
        }
        assertThat(direct.estimatesPlanned() - estimates).isEqualTo(1);
        reviewer()
                .get("/api/v1/review-queue?minAgeDays=-1")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("minAgeDays"));

        // Walked by cursor, one table a page, longest waiting first.
        List<String> walked = new ArrayList<>();
        String next = "/api/v1/review-queue?size=1&departmentCode=" + a + "&departmentCode=" + b;
        while (next != null) {
            var page = reviewer().get(next).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.budgetId"));
            next = page.getString("links.next");
        }
        assertThat(walked).containsExactly(first, second);
    }
}
