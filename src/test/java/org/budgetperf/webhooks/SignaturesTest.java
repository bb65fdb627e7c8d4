package org.budgetperf.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The signature, the address guard and the retry schedule on their own. */
class SignaturesTest {

    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        // The example of the Standard Webhooks specification and its reference libraries.
        byte[] key = Signatures.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(Signatures.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(Signatures.key(Signatures.newSecret())).hasSize(32);
        assertThat(Signatures.key("whsec_c2hvcnQ=")).isNull();
        assertThat(Signatures.key("secret")).isNull();
    }

    @Test
    void refusesEveryInternalAddressAndAcceptsPublicOnes() throws Exception {
        for (String internal : new String[] {
            "127.0.0.1",
            "127.8.9.10",
            "::1",
            "0.0.0.0",
            "::",
            "169.254.169.254",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.0.1",
            "100.64.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::7f00:1",
            "224.0.0.1",
            "255.255.255.255",
            "198.18.0.1",
            "2001:db8::1"
        }) {
            assertThat(UrlGuard.forbidden(InetAddress.getByName(internal)))
                    .as(internal)
                    .isNotNull();
        }
        for (String external : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"}) {
            assertThat(UrlGuard.forbidden(InetAddress.getByName(external)))
                    .as(external)
                    .isNull();
        }
    }

    @Test
    void backsOffExponentiallyWithJitterForAtLeastTheRetryWindow() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
        assertThat(policy.delay(1, 0.5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delay(4, 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delay(4, 0.999)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
        assertThat(policy.delay(30, 0.9)).isEqualTo(Duration.ofHours(1));
        OffsetDateTime since = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        assertThat(policy.next(10, since, since.plusHours(23), 0.5)).isNotNull();
        assertThat(policy.next(40, since, since.plusHours(24), 0.5)).isNull();
    }
}
