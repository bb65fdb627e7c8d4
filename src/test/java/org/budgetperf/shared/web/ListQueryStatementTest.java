package org.budgetperf.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.shared.web.ListQuery.SortField;
import org.budgetperf.shared.web.ListQuery.SortKey;
import org.junit.jupiter.api.Test;

/**
 * An unfiltered list's first and cursor pages write their LIMIT into the statement and bind only the cursor's keys:
 * PostgreSQL's generic plan of a bound LIMIT assumes a tenth of the table and scanned all 100,000 budgets
 * (docs/benchmarks.md, "page statements planned once"), so a bound LIMIT forced a new plan for every page. A filtered
 * page keeps it bound (plans for its values), and an offset is always bound (one statement for every page number).
 */
class ListQueryStatementTest {

    record Row(int year, UUID id) {}

    private static final SortField<Row> YEAR =
            new SortField<>("fiscalYear", "b.fiscal_year", Cursor.KeyType.INT, Row::year);
    private static final SortField<Row> ID = new SortField<>("id", "b.id", Cursor.KeyType.UUID, Row::id);

    /** One statement as the page handed it to the database. */
    record Issued(String keys, Map<String, Object> parameters) {}

    private final List<Issued> issued = new ArrayList<>();

    /** Answers {@code rows} rows whatever it is asked, and records what it was asked. */
    private ListQuery.Fetch<Row> fetching(int rows) {
        return (keys, order, parameters) -> {
            issued.add(new Issued(keys, Map.copyOf(parameters)));
            return IntStream.range(0, rows)
                    .mapToObj(i -> new Row(2024, UUID.randomUUID()))
                    .toList();
        };
    }

    /** The planner's estimate, never reached by a database here. */
    private final DirectReads reads = new DirectReads() {
        @Override
        public long plannedRows(String query, Map<String, ?> parameters, String key) {
            return 1_000;
        }
    };

    private static ListQuery<Row> query() {
        return ListQuery.<Row>of("budgets", "budget b")
                .orderBy(List.of(new SortKey<>(YEAR, true), new SortKey<>(ID, false)));
    }

    private static ListQuery<Row> filtered() {
        return ListQuery.<Row>of("budgets", "budget b")
                .filter("fiscalYear", 2024, "b.fiscal_year = :fiscalYear")
                .orderBy(List.of(new SortKey<>(YEAR, true), new SortKey<>(ID, false)));
    }

    private static UriInfo uri(String requested) {
        return (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUriBuilder")) {
                        return UriBuilder.fromUri(requested);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void unfilteredFirstAndCursorPagesWriteTheirLimitAndBindOnlyTheKeys() {
        Page<Row> first = query().page(
                        reads,
                        PageRequest.of(null, "20", null, null),
                        fetching(21),
                        r -> r,
                        uri("http://localhost/api/v1/budgets?size=20"));
        assertThat(first.nextCursor()).isNotNull();
        query().page(
                        reads,
                        PageRequest.of(null, "20", first.nextCursor(), null),
                        fetching(3),
                        r -> r,
                        uri("http://localhost/api/v1/budgets?size=20"));

        Issued firstPage = issued.get(0);
        assertThat(firstPage.keys()).endsWith("LIMIT 21) p").doesNotContain("OFFSET");
        assertThat(firstPage.parameters()).isEmpty();
        Issued cursorPage = issued.get(1);
        assertThat(cursorPage.keys())
                .contains("LIMIT 21")
                .doesNotContain("OFFSET")
                .doesNotContain(":page");
        assertThat(cursorPage.parameters()).containsOnlyKeys("after0", "after1");
    }

    @Test
    void aFilteredPageBindsItsLimitAndANumberedPageItsOffset() {
        filtered()
                .page(
                        reads,
                        PageRequest.of(null, "20", null, null),
                        fetching(5),
                        r -> r,
                        uri("http://localhost/api/v1/budgets?fiscalYear=2024"));
        query().page(
                        reads,
                        PageRequest.of("3", "50", null, null),
                        fetching(5),
                        r -> r,
                        uri("http://localhost/api/v1/budgets?page=3&size=50"));

        assertThat(issued.get(0).keys()).endsWith("LIMIT :pageLimit) p");
        assertThat(issued.get(0).parameters()).containsOnly(Map.entry("fiscalYear", 2024), Map.entry("pageLimit", 21));
        assertThat(issued.get(1).keys()).endsWith("LIMIT 51 OFFSET :pageOffset) p");
        assertThat(issued.get(1).parameters()).containsOnly(Map.entry("pageOffset", 150));
    }
}
