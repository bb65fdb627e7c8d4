package org.budgetperf.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void namesBecomePlaceholdersInTheOrderTheyAppear() {
        NamedParameters bound = NamedParameters.bind(
                "SELECT 1 FROM budget b WHERE b.fiscal_year >= :from AND b.fiscal_year <= :to AND b.id > :from",
                Map.of("from", 2020, "to", 2024));

        assertThat(bound.sql())
                .isEqualTo("SELECT 1 FROM budget b WHERE b.fiscal_year >= ? AND b.fiscal_year <= ? AND b.id > ?");
        assertThat(bound.values()).containsExactly(2020, 2024, 2020);
    }

    @Test
    void aCollectionExpandsToOnePlaceholderPerElementAndAnEmptyOneMatchesNothing() {
        NamedParameters many =
                NamedParameters.bind("b.status IN (:status)", Map.of("status", List.of("DRAFT", "SUBMITTED")));
        NamedParameters none = NamedParameters.bind("b.status IN (:status)", Map.of("status", List.of()));

        assertThat(many.sql()).isEqualTo("b.status IN (?, ?)");
        assertThat(many.values()).containsExactly("DRAFT", "SUBMITTED");
        assertThat(none.sql()).isEqualTo("b.status IN (NULL)");
        assertThat(none.values()).isEmpty();
    }

    @Test
    void castsAreLeftAloneAndANullValueIsBound() {
        Map<String, Object> values = new HashMap<>();
        values.put("since", null);
        NamedParameters bound = NamedParameters.bind("(ev.data->>'id')::uuid = x AND t >= :since", values);

        assertThat(bound.sql()).isEqualTo("(ev.data->>'id')::uuid = x AND t >= ?");
        assertThat(bound.values()).containsExactly((Object) null);
    }

    @Test
    void aNameWithoutAValueIsRefused() {
        assertThatThrownBy(() -> NamedParameters.bind("a = :missing", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":missing");
    }
}
