package org.budgetperf.shared.ratelimit;

/**
 * A token bucket holding at most {@code perMinute} tokens, refilled continuously at {@code perMinute} per minute:
 * a caller may spend a minute's quota in a burst, then goes at the sustained rate.
 */
final class TokenBucket {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perMinute, long now) {
        this.perMinute = perMinute;
        this.tokens = perMinute;
        this.refilledAt = now;
    }

    /**
     * Takes one token if there is one.
     *
     * @return the tokens left after taking one, or a negative number when none was left
     */
    synchronized double take(long now) {
        refill(now);
        if (tokens < 1) {
            return -1;
        }
        tokens -= 1;
        return tokens;
    }

    /** Whole seconds until one token is back, at least 1 (Retry-After has no smaller unit). */
    synchronized long secondsUntilNext(long now) {
        refill(now);
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing * MINUTE_NANOS / perMinute / 1e9));
    }

    /** Whether the bucket is full again, so forgetting it loses nothing. */
    synchronized boolean idle(long now) {
        refill(now);
        return tokens >= perMinute;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / MINUTE_NANOS);
            refilledAt = now;
        }
    }
}
