package org.budgetperf.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Prefer: respond-async} read as RFC 7240 writes it: in a list, with values and parameters, in any case. */
class PreferencesTest {

    @Test
    void findsRespondAsyncAmongOtherPreferencesAndLines() {
        assertThat(Preferences.respondAsync(List.of("respond-async"))).isTrue();
        assertThat(Preferences.respondAsync(List.of("wait=10, Respond-Async"))).isTrue();
        assertThat(Preferences.respondAsync(List.of("return=minimal", " respond-async ;x=1")))
                .isTrue();
        assertThat(Preferences.respondAsync(List.of("handling=lenient,respond-async")))
                .isTrue();
    }

    @Test
    void ignoresItAsAValueOrInsideQuotesAndWhenAbsent() {
        assertThat(Preferences.respondAsync(null)).isFalse();
        assertThat(Preferences.respondAsync(List.of())).isFalse();
        assertThat(Preferences.respondAsync(Arrays.asList((String) null))).isFalse();
        assertThat(Preferences.respondAsync(List.of("return=respond-async"))).isFalse();
        assertThat(Preferences.respondAsync(List.of("foo=\"a, respond-async\"")))
                .isFalse();
        assertThat(Preferences.respondAsync(List.of("respond-asynchronously", "wait=5")))
                .isFalse();
    }
}
