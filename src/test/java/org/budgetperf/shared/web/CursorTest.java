package org.budgetperf.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The cursor reads back exactly what it was written with, and nothing else. */
class CursorTest {

    private static final List<Cursor.KeyType> TYPES = List.of(
            Cursor.KeyType.INT,
            Cursor.KeyType.TIMESTAMP,
            Cursor.KeyType.TEXT,
            Cursor.KeyType.LONG,
            Cursor.KeyType.UUID);

    private final String fingerprint =
            Cursor.fingerprint("budgets|departmentCode=[A, B]|sort=-fiscalYear,createdAt,id");
    private final UUID id = UUID.randomUUID();
    private final OffsetDateTime at = OffsetDateTime.parse("2024-01-15T02:22:00.488910Z");

    @Test
    void readsBackTheKeysAndTheOffsetItWasWrittenWith() {
        String token = Cursor.encode(fingerprint, List.of(2024, at, "部门-A", 9_000_000_000L, id), 40);
        assertThat(token).matches("[A-Za-z0-9_-]+");
        Cursor.Position position = Cursor.decode(token, fingerprint, TYPES);
        assertThat(position.keys()).containsExactly(2024, at, "部门-A", 9_000_000_000L, id);
        assertThat(position.offset()).isEqualTo(40);
    }

    @Test
    void refusesAnotherScopeAnEditAndAForgery() {
        String token = Cursor.encode(fingerprint, List.of(2024, at, "A", 1L, id), 20);
        refused(() -> Cursor.decode(token, Cursor.fingerprint("budgets|sort=updatedAt,id"), TYPES), "another list");
        for (int i = 0; i < token.length() - 2; i++) {
            String edited = token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
            refused(() -> Cursor.decode(edited, fingerprint, TYPES), "not a cursor");
        }
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"v\":1,\"f\":\"" + fingerprint + "\",\"k\":[1],\"o\":0}12345678")
                        .getBytes(StandardCharsets.UTF_8));
        refused(() -> Cursor.decode(forged, fingerprint, TYPES), "not a cursor");
        refused(() -> Cursor.decode("%%%", fingerprint, TYPES), "not a cursor");
        refused(() -> Cursor.decode("x".repeat(3000), fingerprint, TYPES), "not a cursor");
        // Keys of the wrong types for the list: written for another sort order of the same scope.
        String wrongTypes = Cursor.encode(fingerprint, List.of("2024", at, "A", 1L, id), 20);
        refused(() -> Cursor.decode(wrongTypes, fingerprint, TYPES), "not a cursor");
    }

    private static void refused(Runnable decode, String message) {
        assertThatThrownBy(decode::run)
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(
                                ((ProblemException) e).violations().get(0).field())
                        .isEqualTo("cursor"));
    }
}
