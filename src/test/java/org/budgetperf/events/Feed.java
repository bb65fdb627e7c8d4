package org.budgetperf.events;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;

/** Reading the change feed in tests. */
final class Feed {

    private Feed() {}

    static String reader() {
        return Api.tokenWith(Roles.READER);
    }

    /** The feed's position now: what a read that finds nothing answers as {@code lastSeq}. */
    static long position() {
        return Api.as(reader())
                .get("/api/v1/events?type=test.nothing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("lastSeq");
    }

    static Response read(String token, String query) {
        return Api.as(token).get("/api/v1/events?" + query);
    }

    /** Every event after {@code after} the query selects, read page by page. */
    static List<Map<String, Object>> all(String token, long after, String query) {
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        long at = after;
        while (true) {
            var page = read(token, "limit=500&after=" + at + (query.isEmpty() ? "" : "&" + query))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> got = page.getList("events");
            events.addAll(got);
            long last = page.getLong("lastSeq");
            if (got.size() < 500) {
                return events;
            }
            at = last;
        }
    }

    static List<String> types(List<Map<String, Object>> events) {
        return events.stream().map(e -> (String) e.get("type")).toList();
    }
}
