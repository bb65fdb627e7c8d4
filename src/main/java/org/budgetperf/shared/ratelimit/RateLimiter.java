package org.budgetperf.shared.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.Text;

/**
 * Token-bucket limits per caller and class of operation, and per client address. One runaway client must not
 * starve everyone: over its limit it gets 429 with {@code Retry-After}; other callers are unaffected.
 */
@ApplicationScoped
public class RateLimiter {

    /** The classes of operation a caller's limits are set for. */
    public enum Policy {
        READS,
        WRITES,
        TRANSFERS,
        ADDRESS;

        /** The policy's name in the {@code RateLimit} headers. */
        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A refusal: which policy, its quota per minute, and when to come back. */
    public record Refusal(Policy policy, int perMinute, long retryAfterSeconds) {

        /** The headers of a 429 (RFC 9110 Retry-After; RateLimit and RateLimit-Policy of the IETF httpapi draft). */
        public Map<String, String> headers() {
            return Map.of(
                    "Retry-After", Long.toString(retryAfterSeconds),
                    "RateLimit-Policy", "\"" + policy.header() + "\";q=" + perMinute + ";w=60",
                    "RateLimit", "\"" + policy.header() + "\";r=0;t=" + retryAfterSeconds);
        }

        public Text detail() {
            return Messages.RATE_LIMITED.of(perMinute, policy.header(), retryAfterSeconds);
        }
    }

    @Inject
    RateLimitConfig config;

    @Inject
    DomainMetrics metrics;

    /** Apart, so a flood of distinct addresses that empties its map never resets the callers' quotas. */
    private final Map<String, TokenBucket> addresses = new ConcurrentHashMap<>();

    private final Map<String, TokenBucket> callers = new ConcurrentHashMap<>();

    /** Counts a request from a client address. */
    public Optional<Refusal> address(String address) {
        return take(addresses, Policy.ADDRESS, address);
    }

    /** Counts a request of an authenticated caller in its class of operation. */
    public Optional<Refusal> caller(String subject, Policy policy) {
        return take(callers, policy, policy + ":" + subject);
    }

    private Optional<Refusal> take(Map<String, TokenBucket> buckets, Policy policy, String key) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        int perMinute = perMinute(policy);
        long now = System.nanoTime();
        if (buckets.size() >= config.trackedKeys()) {
            forgetIdle(buckets, now);
        }
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(perMinute, now));
        if (bucket.take(now) >= 0) {
            return Optional.empty();
        }
        metrics.count("perf.rate.limit.refusals", "policy", policy.header());
        return Optional.of(new Refusal(policy, perMinute, bucket.secondsUntilNext(now)));
    }

    /**
     * Keeps the map bounded: full buckets hold nothing worth keeping. If every tracked key is busy (a flood of
     * distinct addresses), all are forgotten: limits are briefly lenient rather than memory unbounded.
     */
    private void forgetIdle(Map<String, TokenBucket> buckets, long now) {
        buckets.values().removeIf(b -> b.idle(now));
        if (buckets.size() >= config.trackedKeys()) {
            buckets.clear();
        }
    }

    private int perMinute(Policy policy) {
        return switch (policy) {
            case READS -> config.readsPerMinute();
            case WRITES -> config.writesPerMinute();
            case TRANSFERS -> config.transfersPerMinute();
            case ADDRESS -> config.perAddressPerMinute();
        };
    }
}
