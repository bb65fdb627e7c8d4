package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** Search and sync over the budget list, and cursor paging. */
@QuarkusTest
class BudgetSearchApiTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Queries and links are sent as written: they are encoded already. */
    private static io.restassured.specification.RequestSpecification raw() {
        return given().urlEncodingEnabled(false);
    }

    private static JsonPath list(String query) {
        return raw().get("/api/v1/budgets?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void filtersByDepartmentCodesNameFragmentYearsAndStatuses() {
        String marker = Api.uniqueCode("标");
        String a = Api.uniqueCode("SA");
        String b = Api.uniqueCode("SB");
        String c = Api.uniqueCode("SC");
        String da = Api.createDepartment(a, "华侨联合会" + marker + "部");
        String db = Api.createDepartment(b, "科技Abc局" + marker + "_%");
        String dc = Api.createDepartment(c, "无关部门");
        for (int year : new int[] {2022, 2023, 2024}) {
            Api.createBudget(Api.minimalBudget(da, year)).then().statusCode(201);
        }
        for (int year : new int[] {2023, 2024}) {
            Api.createBudget(Api.minimalBudget(db, year)).then().statusCode(201);
        }
        Api.createBudget(Api.minimalBudget(dc, 2024)).then().statusCode(201);
        String codes = "departmentCode=" + a + "&departmentCode=" + b;

        assertThat(list(codes).getList("items.department.code")).containsExactly(a, b, a, b, a);
        assertThat(list(codes + "&departmentCode=" + c).getList("items")).hasSize(6);
        // Name fragments: case-insensitive, q and departmentName alike, LIKE wildcards taken literally.
        assertThat(list("q=" + enc(marker)).getList("items.department.code"))
                .containsOnly(a, b)
                .hasSize(5);
        assertThat(list("departmentName=" + enc(marker)).getList("items")).hasSize(5);
        assertThat(list("q=" + enc("aBC局")).getList("items.department.code"))
                .containsOnly(b)
                .hasSize(2);
        assertThat(list("q=" + enc(marker + "_%")).getList("items.department.code"))
                .containsOnly(b);
        assertThat(list("q=" + enc(marker + "_")).getList("items.department.code"))
                .containsOnly(b);
        assertThat(list("q=" + enc("华侨%" + marker)).getList("items")).isEmpty();
        // Years: a range, alone or with the single year.
        assertThat(list(codes + "&fiscalYearFrom=2023&fiscalYearTo=2023").getList("items.fiscalYear", Integer.class))
                .containsExactly(2023, 2023);
        assertThat(list(codes + "&fiscalYearFrom=2024").getList("items")).hasSize(2);
        assertThat(list(codes + "&fiscalYearTo=2022").getList("items.department.code"))
                .containsExactly(a);
        assertThat(list(codes + "&fiscalYearFrom=2022&fiscalYear=2024").getList("items"))
                .hasSize(2);
        // Several statuses.
        assertThat(list(codes + "&status=DRAFT&status=SUBMITTED").getList("items"))
                .hasSize(5);
        assertThat(list(codes + "&status=APPROVED&status=RETURNED").getList("items"))
                .isEmpty();
    }

    @Test
    void listItemsCarryTheAmountsAndTotalsOfTheWholeTable() {
        String code = Api.uniqueCode("AMT");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String id = Api.createBudget(Api.dongguanBudget(department))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.createBudget(Api.minimalBudget(department, 2020)).then().statusCode(201);
        JsonPath whole = raw().get("/api/v1/budgets/" + id).then().extract().jsonPath();
        JsonPath page = list("departmentCode=" + code);
        assertThat(page.getMap("items[0].amounts")).isEqualTo(whole.getMap("amounts"));
        assertThat(page.getMap("items[0].totals")).isEqualTo(whole.getMap("totals"));
        assertThat(page.getString("items[0].totals.keyTaskFunds")).isEqualTo("1884000.00");
        // A table without tasks or amounts: every sum is blank, not zero.
        assertThat(page.getMap("items[1].totals").values()).containsOnlyNulls();
        assertThat(page.getMap("items[1].amounts").values()).containsOnlyNulls();
    }

    @Test
    void syncsByUpdateTimeInUpdateOrder() {
        String code = Api.uniqueCode("SYNC");
        String department = Api.createDepartment(code, "同步部门");
        String first = Api.createBudget(Api.minimalBudget(department, 2021))
                .then()
                .extract()
                .path("id");
        String second = Api.createBudget(Api.minimalBudget(department, 2022))
                .then()
                .extract()
                .path("id");
        String since = raw().get("/api/v1/budgets/" + second).path("updatedAt");
        // The first table changes after the second was created: it comes after it in update order.
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag("/api/v1/budgets/" + first))
                .body("{\"staffCount\": 7}")
                .patch("/api/v1/budgets/" + first)
                .then()
                .statusCode(200);
        JsonPath sync = list("departmentCode=" + code + "&sort=updatedAt&updatedSince=" + enc(since));
        assertThat(sync.getList("items.id")).containsExactly(second, first);
        String later = sync.getString("items[1].updatedAt");
        assertThat(list("departmentCode=" + code + "&updatedSince=" + enc(later))
                        .getList("items.id"))
                .containsExactly(first);
        // The same moment written with another offset, and with the '+' a query string turns into a blank.
        String eastern = OffsetDateTime.parse(later)
                .withOffsetSameInstant(java.time.ZoneOffset.ofHours(8))
                .toString();
        assertThat(list("departmentCode=" + code + "&updatedSince=" + enc(eastern))
                        .getList("items.id"))
                .containsExactly(first);
        assertThat(list("departmentCode=" + code + "&sort=-updatedAt").getList("items.id"))
                .containsExactly(first, second);
        assertThat(list("departmentCode=" + code + "&sort=updatedAt,-fiscalYear")
                        .getList("items.id"))
                .containsExactly(second, first);
    }

    @SendsInvalidRequests("an updatedSince without an offset and a sort outside the pattern")
    @Test
    void refusesInvalidSearchParametersNamingThem() {
        refused("sort=bogus", "sort");
        refused("sort=fiscalYear,-fiscalYear", "sort");
        refused("sort=a,b,c,d,e", "sort");
        refused("sort=" + enc("fiscal year"), "sort");
        refused("fiscalYearFrom=2024&fiscalYearTo=2023", "fiscalYearTo");
        refused("fiscalYearFrom=1999", "fiscalYearFrom");
        refused("updatedSince=2024-06-01", "updatedSince");
        refused("updatedSince=2024-06-01T08:00:00", "updatedSince");
        refused("updatedSince=2024-02-30T08:00:00Z", "updatedSince");
        refused("q=a&departmentName=b", "departmentName");
        refused("status=DRAFT&status=NOPE", "status");
        refused("includeTotal=yes", "includeTotal");
    }

    private static void refused(String query, String parameter) {
        raw().get("/api/v1/budgets?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void walksEveryTableOnceByCursorInTheOrderOfTheList() {
        String code = Api.uniqueCode("WALK");
        String department = Api.createDepartment(code, "翻页部门");
        for (int year = 2015; year <= 2021; year++) {
            Api.createBudget(Api.minimalBudget(department, year)).then().statusCode(201);
        }
        for (String sort : new String[] {"", "&sort=createdAt", "&sort=-updatedAt", "&sort=status,-createdAt"}) {
            String base = "departmentCode=" + code + sort;
            List<String> all = list(base + "&size=100&includeTotal=true").getList("items.id");
            assertThat(all).hasSize(7);
            List<String> walked = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            String next = "/api/v1/budgets?" + base + "&size=2";
            JsonPath page = null;
            while (next != null) {
                page = raw().get(next).then().statusCode(200).extract().jsonPath();
                walked.addAll(page.getList("items.id"));
                pages.add(page.getInt("page"));
                next = page.getString("links.next");
                if (next != null) {
                    assertThat(next)
                            .contains("cursor=" + page.getString("nextCursor"))
                            .doesNotContain("page=");
                    assertThat(page.getBoolean("totalIsEstimate")).isTrue();
                    assertThat(page.getLong("totalItems")).isGreaterThan(walked.size());
                }
            }
            assertThat(walked).as("walk of %s", sort).isEqualTo(all);
            assertThat(pages).containsExactly(0, 1, 2, 3);
            assertThat(page.getString("nextCursor")).isNull();
            assertThat(page.getLong("totalItems")).isEqualTo(7);
        }
        // The first years in the default order: newest first.
        assertThat(list("departmentCode=" + code + "&size=3").getList("items.fiscalYear", Integer.class))
                .containsExactly(2021, 2020, 2019);
    }

    @Test
    void totalsAreExactWhenAskedOrAtTheEndAndEstimatedOtherwise() {
        String code = Api.uniqueCode("TOT");
        String department = Api.createDepartment(code, "总数部门");
        for (int year = 2010; year < 2015; year++) {
            Api.createBudget(Api.minimalBudget(department, year)).then().statusCode(201);
        }
        String base = "/api/v1/budgets?departmentCode=" + code;
        raw().get(base + "&size=2&includeTotal=true")
                .then()
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("totalIsEstimate", equalTo(false));
        raw().get(base + "&size=2").then().body("totalIsEstimate", equalTo(true));
        raw().get(base + "&size=5")
                .then()
                .body("totalItems", equalTo(5))
                .body("totalIsEstimate", equalTo(false))
                .body("links.next", nullValue());
        // Offset paging as before: page-numbered links, exact on its last page.
        raw().get(base + "&size=2&page=0")
                .then()
                .body("links.next", containsString("page=1"))
                .body("links.next", not(containsString("cursor")))
                .body("links.prev", nullValue());
        raw().get(base + "&size=2&page=2")
                .then()
                .body("items", hasSize(1))
                .body("totalItems", equalTo(5))
                .body("totalIsEstimate", equalTo(false))
                .body("links.prev", containsString("page=1"));
        raw().get(base + "&size=2&page=9")
                .then()
                .body("items", hasSize(0))
                .body("totalItems", equalTo(5))
                .body("links.prev", containsString("page=2"));
    }

    @Test
    void refusesACursorOfAnotherFilterOrSortOrAnEditedOne() {
        String code = Api.uniqueCode("CUR");
        String department = Api.createDepartment(code, "游标部门");
        for (int year = 2010; year < 2013; year++) {
            Api.createBudget(Api.minimalBudget(department, year)).then().statusCode(201);
        }
        String cursor = list("departmentCode=" + code + "&size=1").getString("nextCursor");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        // The same filters with another size continue the walk.
        assertThat(list("departmentCode=" + code + "&size=5&cursor=" + cursor)
                        .getList("items.fiscalYear", Integer.class))
                .containsExactly(2011, 2010);
        cursorRefused("departmentCode=" + code + "&fiscalYear=2011&cursor=" + cursor);
        cursorRefused("departmentCode=" + code + "&sort=-fiscalYear&cursor=" + cursor);
        cursorRefused("cursor=" + cursor);
        int middle = cursor.length() / 2;
        char edited = cursor.charAt(middle) == 'A' ? 'B' : 'A';
        cursorRefused("departmentCode=" + code + "&cursor=" + cursor.substring(0, middle) + edited
                + cursor.substring(middle + 1));
        cursorRefused("departmentCode=" + code + "&cursor=" + cursor.substring(0, cursor.length() - 4));
        cursorRefused("departmentCode=" + code + "&cursor=abc");
        // A cursor of another list is refused by this one.
        String other = raw().get("/api/v1/departments?size=1").path("nextCursor");
        cursorRefused("cursor=" + other);
    }

    @SendsInvalidRequests("a cursor together with page")
    @Test
    void refusesACursorWithAPage() {
        String cursor = list("size=1").getString("nextCursor");
        cursorRefused("page=1&cursor=" + cursor);
    }

    private static void cursorRefused(String query) {
        raw().get("/api/v1/budgets?" + query)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void pagesDepartmentsHistoryAndRunsByCursorToo() {
        String marker = Api.uniqueCode("页");
        for (int i = 0; i < 3; i++) {
            Api.createDepartment(Api.uniqueCode("PG"), "分页" + marker);
        }
        List<String> names = new ArrayList<>();
        String next = "/api/v1/departments?name=" + enc(marker) + "&size=2";
        while (next != null) {
            JsonPath page = raw().get(next).then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("items.code"));
            next = page.getString("links.next");
        }
        assertThat(names).hasSize(3).isSortedAccordingTo(Comparator.naturalOrder());

        String budget = Api.createDongguanBudget();
        for (int i = 0; i < 3; i++) {
            given().post("/api/v1/budgets/" + budget + "/reconciliations")
                    .then()
                    .statusCode(201);
            given().contentType(Api.MERGE_PATCH)
                    .header("If-Match", Api.etag("/api/v1/budgets/" + budget))
                    .body("{\"staffCount\": " + i + "}")
                    .patch("/api/v1/budgets/" + budget)
                    .then()
                    .statusCode(200);
        }
        for (String list : new String[] {"/history", "/reconciliations"}) {
            String path = "/api/v1/budgets/" + budget + list;
            List<Object> all = raw().get(path + "?size=100").path("items.id");
            List<Object> walked = new ArrayList<>();
            next = path + "?size=2";
            while (next != null) {
                JsonPath page = raw().get(next).then().statusCode(200).extract().jsonPath();
                walked.addAll(page.getList("items.id"));
                next = page.getString("links.next");
            }
            assertThat(walked).as(list).isEqualTo(all).hasSizeGreaterThanOrEqualTo(3);
        }
        // A cursor of one table's history is refused by another's.
        String cursor =
                raw().get("/api/v1/budgets/" + budget + "/history?size=1").path("nextCursor");
        raw().get("/api/v1/budgets/" + Api.createDongguanBudget() + "/history?cursor=" + cursor)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }
}
