package org.budgetperf.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.budgetperf.support.Api;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A verified token is remembered under its exact text, never past its expiry, and a changed token is verified anew. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Inject
    VerifiedTokens tokens;

    @AfterEach
    void realClock() {
        tokens.useClock(Clock.systemUTC());
    }

    @Test
    void theParserTheServiceUsesIsTheCachingOne() {
        assertThat(parser.getClass().getName()).contains("VerifiedTokens");
    }

    @Test
    void answersARepeatedTokenFromMemory() throws ParseException {
        String token = Api.tokenWith(Roles.READER);
        JsonWebToken first = tokens.parse(token);
        assertThat(tokens.parse(token)).isSameAs(first);
        assertThat(first.getGroups()).containsExactly(Roles.READER);
    }

    @Test
    void verifiesAgainOnceTheTokenHasExpired() throws ParseException {
        String token = Jwt.issuer("https://perf-targets.local/dev")
                .subject("short-lived")
                .groups(Roles.READER)
                .expiresIn(120)
                .sign();
        JsonWebToken first = tokens.parse(token);
        tokens.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(121)));
        // Past its exp the cached entry is not served: the token goes through full verification again.
        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void verifiesAgainAfterTheMaximumAge() throws ParseException {
        String token = Api.token("max-age", List.of(Roles.READER), List.of());
        JsonWebToken first = tokens.parse(token);
        tokens.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(301)));
        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void refusesATamperedTokenEvenWhenTheGenuineOneIsRemembered() throws ParseException {
        String token = Api.tokenWith(Roles.ADMIN);
        tokens.parse(token);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + Api.tokenWith(Roles.READER).split("\\.")[1] + "." + parts[2];
        assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
    }
}
