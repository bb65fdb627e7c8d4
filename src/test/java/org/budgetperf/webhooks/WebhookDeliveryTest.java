package org.budgetperf.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * A receiver that is down, then hangs past the timeout, then recovers gets every event at least once, in order, with
 * valid signatures; the delivery log shows each try; a delivery can be sent again by hand. Receivers on the service's
 * own network are refused.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String BASE = "/api/v1/webhook-subscriptions";

    @Test
    void aReceiverDownForAWhileGetsEveryEventInOrderSigned() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String department = Api.createDepartment();
            var created = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "departmentIds", List.of(department), "description", "测试"))
                    .post(BASE)
                    .then()
                    .statusCode(201)
                    .body("secret", startsWith("whsec_"))
                    .body("active", equalTo(true))
                    .extract();
            String id = created.path("id");
            String secret = created.path("secret");
            given().get(BASE + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));

            receiver.mode = Receiver.Mode.FAIL;
            String table = Api.createBudget(Api.minimalBudget(department, 2024))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            for (int i = 0; i < 3; i++) {
                given().contentType(ContentType.JSON)
                        .body(Map.of("kind", "KEY", "name", "任务" + i))
                        .post("/api/v1/budgets/" + table + "/tasks")
                        .then()
                        .statusCode(201);
            }
            waitUntil(() -> receiver.requests.size() >= 3, 15_000);
            receiver.mode = Receiver.Mode.HANG;
            int before = receiver.requests.size();
            waitUntil(() -> receiver.requests.size() >= before + 2, 15_000);
            receiver.mode = Receiver.Mode.ACCEPT;
            waitUntil(() -> firstAccepted(receiver).size() == 4, 30_000);

            Map<String, JsonNode> accepted = firstAccepted(receiver);
            List<Long> order = accepted.values().stream()
                    .map(body -> body.path("data").path("seq").asLong())
                    .toList();
            assertThat(order).isSorted().doesNotHaveDuplicates();
            assertThat(accepted.values().stream().map(b -> b.path("type").asText()))
                    .containsExactly("budget.created", "task.created", "task.created", "task.created");
            byte[] key = Signatures.key(secret);
            for (Receiver.Request r : receiver.requests) {
                assertThat(r.signature())
                        .isEqualTo(Signatures.sign(key, r.id(), Long.parseLong(r.timestamp()), r.body()));
                assertThat(Long.parseLong(r.timestamp()))
                        .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(120L));
                assertThat(Api.JSON.readTree(r.body()).path("data").path("id").asText())
                        .isEqualTo(r.id());
            }

            List<Map<String, Object>> log =
                    given().get(BASE + "/" + id + "/deliveries?size=100").path("items");
            assertThat(log).anySatisfy(d -> assertThat(d.get("responseStatus")).isEqualTo(503));
            assertThat(log).anySatisfy(d -> assertThat((String) d.get("error")).startsWith("timed out"));
            assertThat(log.stream().filter(d -> Boolean.TRUE.equals(d.get("succeeded"))))
                    .hasSize(4);
            waitUntil(
                    () -> ((Number) given().get(BASE + "/" + id).path("lastDeliveredSeq")).longValue() >= order.get(3),
                    5_000);
            given().get(BASE + "/" + id)
                    .then()
                    .body("failedAttempts", equalTo(0))
                    .body("failingSince", nullValue());

            // a delivery sent again by hand: the same webhook-id, logged as manual
            Map<String, Object> some = log.get(0);
            int received = receiver.requests.size();
            given().post(BASE + "/" + id + "/deliveries/" + some.get("id") + "/redeliver")
                    .then()
                    .statusCode(201)
                    .body("manual", equalTo(true))
                    .body("succeeded", equalTo(true))
                    .body("eventId", equalTo(some.get("eventId")));
            assertThat(receiver.requests).hasSize(received + 1);
            assertThat(receiver.requests.get(received).id()).isEqualTo(some.get("eventId"));

            String etag = given().get(BASE + "/" + id).then().extract().header("ETag");
            given().contentType(Api.MERGE_PATCH)
                    .header("If-Match", etag)
                    .body("{\"active\": false}")
                    .patch(BASE + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("active", equalTo(false));
            given().header("If-Match", Api.etag(BASE + "/" + id))
                    .delete(BASE + "/" + id)
                    .then()
                    .statusCode(204);
            given().get(BASE + "/" + id).then().statusCode(404);
        }
    }

    @SendsInvalidRequests("URLs the contract's pattern does not forbid but the guard must refuse, and a non-admin")
    @Test
    void refusesReceiversOnTheServicesOwnNetwork() {
        for (String url : List.of(
                "http://127.0.0.1:8080/hook",
                "https://127.0.0.1/hook",
                "https://[::1]/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://0.0.0.0/hook",
                "https://[fe80::1]/hook",
                "https://[fd00::1]/hook",
                "https://10.1.2.3/hook",
                "https://192.168.1.10/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://2130706433/hook",
                "http://hooks.integrator.example/plain-http",
                "https://user:pass@hooks.integrator.example/hook",
                "ftp://hooks.integrator.example/hook")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("url", url))
                    .post(BASE)
                    .then()
                    .statusCode(422)
                    .body("code", equalTo("BUSINESS_RULE_VIOLATED"))
                    .body("violations[0].field", equalTo("url"));
        }
        Api.as(Api.tokenWith(Roles.READER)).get(BASE).then().statusCode(403);
    }

    /** Each event's body the first time the receiver accepted it, in the order it did. */
    private static Map<String, JsonNode> firstAccepted(Receiver receiver) throws Exception {
        Map<String, JsonNode> first = new LinkedHashMap<>();
        for (Receiver.Request r : new ArrayList<>(receiver.requests)) {
            if (r.accepted() && !first.containsKey(r.id())) {
                first.put(r.id(), Api.JSON.readTree(r.body()));
            }
        }
        return first;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (!condition.holds()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not reached within " + millis + " ms");
            }
            Thread.sleep(50);
        }
    }
}
