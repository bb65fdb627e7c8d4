package org.budgetperf.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.budgetperf.shared.events.EventRetention;
import org.budgetperf.support.Api;
import org.junit.jupiter.api.Test;

/**
 * {@code wait} answers as soon as an event arrives and within {@code wait} otherwise; concurrent writers never make a
 * reader miss an event; purged events are answered 410, not skipped.
 */
@QuarkusTest
class LongPollTest {

    @Inject
    EventRetention retention;

    @Test
    void answersWhenAnEventArrivesAndWithinWaitOtherwise() throws Exception {
        String code = Api.uniqueCode("LP");
        String department = Api.createDepartment(code, "长轮询");
        long start = Feed.position();

        long began = System.nanoTime();
        Feed.read(Feed.reader(), "after=" + start + "&departmentId=" + department + "&wait=2")
                .then()
                .statusCode(200)
                .body("events", hasSize(0))
                .body("lastSeq", equalTo((int) start));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        assertThat(waited).as("an empty long poll lasts its wait").isBetween(1_900L, 6_000L);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long asked = System.nanoTime();
            CompletableFuture<JsonPath> poll = CompletableFuture.supplyAsync(
                    () -> Feed.read(Feed.reader(), "after=" + start + "&departmentId=" + department + "&wait=25")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath(),
                    pool);
            Thread.sleep(1_000);
            assertThat(poll).isNotDone();
            Api.createBudget(Api.minimalBudget(department, 2024)).then().statusCode(201);
            JsonPath answer = poll.get(10, TimeUnit.SECONDS);
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertThat(answer.getList("events.type")).containsExactly("budget.created");
            assertThat(took)
                    .as("answered once the event arrived, not at the end of the wait")
                    .isLessThan(8_000L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentWritersLeaveNoGapBehindAReader() throws Exception {
        String department = Api.createDepartment();
        long start = Feed.position();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            int year = 2030 + w;
            done.add(CompletableFuture.runAsync(
                    () -> {
                        String table = Api.createBudget(Api.minimalBudget(department, year))
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id");
                        for (int i = 0; i < 8; i++) {
                            Api.given()
                                    .contentType("application/json")
                                    .body(Map.of("kind", "KEY", "name", "任务" + i))
                                    .post("/api/v1/budgets/" + table + "/tasks")
                                    .then()
                                    .statusCode(201);
                        }
                    },
                    writers));
        }
        // A reader tails the feed while they write: every seq it is given follows the one before without a gap.
        List<Long> seen = new ArrayList<>();
        long at = start;
        CompletableFuture<Void> all = CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
        while (!all.isDone() || at < Feed.position()) {
            JsonPath page = Feed.read(Feed.reader(), "after=" + at + "&limit=7")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (Object seq : page.getList("events.seq")) {
                seen.add(((Number) seq).longValue());
            }
            at = page.getLong("lastSeq");
        }
        all.get(60, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(seen).hasSize(6 * 9);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(start + 1 + i);
        }
    }

    @Test
    void aCursorIntoThePurgedPartIsAnswered410() throws Exception {
        String department = Api.createDepartment();
        long first = Feed.position();
        Api.createBudget(Api.minimalBudget(department, 2024)).then().statusCode(201);
        long through = Feed.position();
        Thread.sleep(5);
        retention.purgeBefore(OffsetDateTime.now());

        Feed.read(Feed.reader(), "after=" + Math.max(1, first))
                .then()
                .statusCode(410)
                .body("code", equalTo("EVENTS_PURGED"))
                .body("violations[0].field", equalTo("after"));
        Feed.read(Feed.reader(), "after=0")
                .then()
                .statusCode(200)
                .body("events", hasSize(0))
                .body("lastSeq", equalTo((int) through));
        Feed.read(Feed.reader(), "after=" + through).then().statusCode(200);
    }
}
