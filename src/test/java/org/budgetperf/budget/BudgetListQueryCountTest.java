package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.support.Api;
import org.budgetperf.support.StatementCount;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of the budget list costs one SQL statement, plus one for its total (the count when asked, or the planner's
 * estimate when not planned for the same filters in the last seconds), whatever its size and depth and however many
 * tasks its tables have: no statement per listed table.
 */
@QuarkusTest
class BudgetListQueryCountTest {

    private static final int TABLES = 30;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DirectReads direct;

    private String code;

    @BeforeEach
    void thirtyTablesWithTasks() {
        code = Api.uniqueCode("QC");
        String department = Api.createDepartment(code, "计数部门");
        for (int i = 0; i < TABLES; i++) {
            ObjectNode request = Api.minimalBudget(department, 2000 + i);
            ArrayNode tasks = request.putArray("tasks");
            for (int t = 0; t < 3; t++) {
                tasks.addObject()
                        .put("kind", t == 0 ? "OTHER" : "KEY")
                        .put("name", "任务" + t)
                        .put("plannedFunds", "10.00");
            }
            Api.createBudget(request).then().statusCode(201);
        }
    }

    /**
     * Statements the list issued for one request, through Hibernate or directly (the page's JSON checked for its
     * tables' task funds).
     */
    private long statements(String query) {
        return statements(() -> query);
    }

    /** The same for a request that may differ from run to run (the fewest of three runs). */
    private long statements(Supplier<String> query) {
        return new StatementCount(sessionFactory, direct).ofRepeatable(() -> {
            JsonPath page = given().get("/api/v1/budgets?departmentCode=" + code + query.get())
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(page.getList("items.totals.keyTaskFunds", String.class)).containsOnly("20.00");
        });
    }

    private String cursorAt(int depth, int size) {
        String cursor = null;
        for (int i = 0; i < depth; i++) {
            cursor = given().get("/api/v1/budgets?departmentCode=" + code + "&size=" + size
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .path("nextCursor");
        }
        return cursor;
    }

    @Test
    void aPageIsOneStatementPlusItsCountOrAnEstimateNotPlannedInTheLastSeconds() {
        // Plans the estimate of this filter: the pages below reuse it.
        given().get("/api/v1/budgets?departmentCode=" + code).then().statusCode(200);

        long first5 = statements("&size=5");
        long first25 = statements("&size=25");
        long deep5 = statements("&size=5&cursor=" + cursorAt(4, 5));
        long deepOffset = statements("&size=5&page=4");
        long exact = statements("&size=5&includeTotal=true&cursor=" + cursorAt(2, 5));
        long last = statements("&size=5&cursor=" + cursorAt(5, 5));
        long whole = statements("&size=100");
        AtomicInteger year = new AtomicInteger(2000);
        long newFilter = statements(() -> "&size=5&fiscalYearFrom=" + year.incrementAndGet());

        assertThat(first5)
                .as("first page of 5, its estimate planned moments ago")
                .isEqualTo(1);
        assertThat(first25).as("first page of 25").isEqualTo(first5);
        assertThat(deep5).as("fifth page of 5 by cursor").isEqualTo(first5);
        assertThat(deepOffset).as("fifth page of 5 by offset").isEqualTo(first5);
        assertThat(newFilter)
                .as("a page of filters not estimated before: the page and its estimate")
                .isEqualTo(2);
        assertThat(exact).as("a page with its exact total").isEqualTo(2);
        assertThat(last).as("the last page, nothing to estimate").isEqualTo(1);
        assertThat(whole).as("all %s tables on one page", TABLES).isEqualTo(1);
    }

    @Test
    void anEstimateIsPlannedOnceForTheSameFiltersAndVisibility() {
        String page = "/api/v1/budgets?departmentCode=" + code + "&size=5";
        long before = direct.estimatesPlanned();
        given().get(page).then().statusCode(200).body("totalIsEstimate", equalTo(true));
        given().get(page.replace("size=5", "size=7")).then().statusCode(200);
        given().get(page + "&cursor=" + cursorAt(3, 5)).then().statusCode(200);
        long sameFilters = direct.estimatesPlanned() - before;

        given().get(page + "&fiscalYearFrom=2005").then().statusCode(200);
        long otherFilters = direct.estimatesPlanned() - before - sameFilters;

        // A department editor sees only its departments: its visibility is part of what an estimate is for.
        Api.as(Api.editorOf(code)).get(page).then().statusCode(200).body("items.size()", equalTo(5));
        Api.as(Api.editorOf(code)).get(page).then().statusCode(200);
        long otherVisibility = direct.estimatesPlanned() - before - sameFilters - otherFilters;

        assertThat(sameFilters)
                .as("pages of one filter set, any size and depth")
                .isEqualTo(1);
        assertThat(otherFilters).as("another filter set").isEqualTo(1);
        assertThat(otherVisibility)
                .as("the same filters for a caller who sees less")
                .isEqualTo(1);
    }
}
