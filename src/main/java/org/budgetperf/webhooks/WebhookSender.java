package org.budgetperf.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetperf.shared.events.FeedEvent;

/**
 * Makes one delivery: POSTs the event, signed, and tells how it went. A 2xx answer is a success; anything else (an
 * error status, a redirect, a timeout, a refused connection, an address the guard refuses) is a failure to retry.
 */
@ApplicationScoped
public class WebhookSender {

    /** How one delivery ended. */
    public record Outcome(boolean succeeded, Integer status, String error, long durationMs) {}

    @Inject
    WebhookConfig config;

    @Inject
    UrlGuard guard;

    @Inject
    ObjectMapper mapper;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * The body of a delivery, as the Standard Webhooks payload: {@code type}, {@code timestamp} and the event as it is
     * in the feed under {@code data}.
     */
    public String body(FeedEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", event.occurredAt());
        payload.put("data", event);
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event cannot be written as JSON", e);
        }
    }

    public Outcome send(String url, String secret, FeedEvent event) {
        long started = System.nanoTime();
        try {
            URI target = guard.check(url);
            String body = body(event);
            long timestamp = Instant.now().getEpochSecond();
            String id = event.id().toString();
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(config.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "perf-targets-webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signatures.sign(Signatures.key(secret), id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream ignored = response.body()) {
                // The answer's body is not read: closing it ends the exchange.
            }
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(ok, status, ok ? null : "answered " + status, elapsed(started));
        } catch (UrlGuard.Refused e) {
            return new Outcome(false, null, "refused: " + e.getMessage(), elapsed(started));
        } catch (HttpTimeoutException e) {
            return new Outcome(false, null, "timed out: " + e.getMessage(), elapsed(started));
        } catch (IOException e) {
            String what = e instanceof java.net.ConnectException ? "connection refused" : "connection failed";
            return new Outcome(
                    false, null, limit(e.getMessage() == null ? what : what + ": " + e.getMessage()), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted", elapsed(started));
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String limit(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
