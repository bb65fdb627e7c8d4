package org.budgetperf.budget.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.junit.jupiter.api.Test;

/** A target value the rules hold is written with the tables' operator symbol beside the deprecated operator name. */
class TargetValueJsonTest {

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new TargetValueJson().customize(mapper);
        return mapper;
    }

    @Test
    void writesTheOperatorSymbolAsTheTablesDoBesideItsFormerName() {
        JsonNode written = mapper().valueToTree(TargetValueParser.parse("≧95%", "满意度"));
        assertThat(written.get("operatorSymbol").asText()).isEqualTo("≥");
        assertThat(written.get("operator").asText()).isEqualTo("GE");
        assertThat(written.get("normalized").asText()).isEqualTo("≥95%");
    }

    @Test
    void writesNullForBothWhenTheValueHasNoOperator() {
        JsonNode written = mapper().valueToTree(TargetValueParser.parse("优", "服务质量"));
        assertThat(written.has("operatorSymbol")).isTrue();
        assertThat(written.get("operatorSymbol").isNull()).isTrue();
        assertThat(written.get("operator").isNull()).isTrue();
    }

    /** Recorded runs are read back by a mapper that skips what it does not take (CheckRuns): the symbol is derived. */
    @Test
    void readsBackWhatItWrote() throws Exception {
        ObjectMapper mapper = mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        TargetValue value = TargetValueParser.parse("≤32个", "投诉数量");
        assertThat(mapper.readValue(mapper.writeValueAsString(value), TargetValue.class))
                .isEqualTo(value);
    }
}
