package org.budgetperf.shared.ratelimit;

import io.smallrye.config.ConfigMapping;

/**
 * {@code perf.rate-limit.*}: requests per minute per caller (token subject) for each class of operation, and per
 * client address for everything. The defaults, with the variables that set them, are written once, in
 * application.properties. Limits are kept per replica: with n replicas a caller may make up to n times as many.
 */
@ConfigMapping(prefix = "perf.rate-limit")
public interface RateLimitConfig {

    /** Off in tests that are not about rate limits, and for load measurements. */
    boolean enabled();

    /** GET and HEAD, per caller. */
    int readsPerMinute();

    /** POST, PUT, PATCH and DELETE, per caller. */
    int writesPerMinute();

    /** Imports and exports of files (xlsx, tab-separated text), per caller: they cost the most. */
    int transfersPerMinute();

    /** Every request from one client address, authenticated or not. */
    int perAddressPerMinute();

    /** Callers and addresses tracked at once; beyond it the idle ones are forgotten, so memory stays bounded. */
    int trackedKeys();
}
