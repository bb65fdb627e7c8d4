package org.budgetperf.shared.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code perf.security.*}: how tokens are read. */
@ConfigMapping(prefix = "perf.security")
public interface SecurityConfig {

    /** The claim naming a department editor's departments ({@code JWT_DEPARTMENTS_CLAIM}, default {@code departments}). */
    String departmentClaim();

    /** {@code perf.security.token-cache.*}: see {@link VerifiedTokens}. */
    TokenCache tokenCache();

    interface TokenCache {
        /** How many verified tokens are remembered ({@code JWT_TOKEN_CACHE_SIZE}); 0 verifies every request in full. */
        @WithDefault("10000")
        int size();

        /** How long a verified token is remembered at most, in seconds ({@code JWT_TOKEN_CACHE_MAX_AGE}). */
        @WithDefault("300")
        long maxAgeSeconds();
    }
}
