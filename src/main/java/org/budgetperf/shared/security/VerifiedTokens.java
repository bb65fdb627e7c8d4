package org.budgetperf.shared.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser with a bounded cache of tokens already verified.
 *
 * <p>Verifying an RS256 signature and the claims is most of the CPU a cached table read costs, and a client
 * sends the same token on every call until it expires. So a token that passed full verification (signature,
 * issuer, expiry, as configured for smallrye-jwt) is remembered under its exact text and answered from memory
 * until the earlier of its own {@code exp} and {@link SecurityConfig.TokenCache#maxAgeSeconds()} after it was
 * verified: a changed byte is a different key and is verified in full, an expired token is never answered, and a
 * rotated key takes effect within the maximum age. Failures are never cached, so a refused token costs a full
 * verification each time, as before.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    @Inject
    SecurityConfig settings;

    private volatile Clock clock = Clock.systemUTC();

    private record Verified(JsonWebToken token, long validUntilMillis) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        int capacity = settings.tokenCache().size();
        if (capacity <= 0) {
            return super.parse(bearerToken);
        }
        long now = clock.millis();
        Verified hit = verified.get(bearerToken);
        if (hit != null && now < hit.validUntilMillis()) {
            return hit.token();
        }
        JsonWebToken token = super.parse(bearerToken);
        long until = Math.min(
                token.getExpirationTime() * 1000L, now + settings.tokenCache().maxAgeSeconds() * 1000L);
        if (until > now) {
            if (verified.size() >= capacity) {
                evict(now, capacity);
            }
            verified.put(bearerToken, new Verified(token, until));
        }
        return token;
    }

    /** The clock entries expire by; tests move it past a token's expiry. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** Drops expired entries; when none expired, drops arbitrary ones until there is room (the next call re-verifies). */
    private void evict(long now, int capacity) {
        verified.values().removeIf(v -> v.validUntilMillis() <= now);
        Iterator<String> keys = verified.keySet().iterator();
        while (verified.size() >= capacity && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
