package org.budgetperf.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mapper the service answers with applies this service's serializers, not only a mapper built in a unit test:
 * Quarkus registers its own modules from a customizer too, and the one registered last wins.
 */
@QuarkusTest
class ServiceMapperTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void writesMomentsAndMoneyWithTheServicesSerializers() throws Exception {
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class))
                .isInstanceOf(UtcTimestampSerializer.class);
        assertThat(mapper.writeValueAsString(Map.of(
                        "at",
                        OffsetDateTime.parse("2024-06-30T08:05:03.100200300Z"),
                        "amount",
                        new BigDecimal("1E+3"))))
                .contains("\"at\":\"2024-06-30T08:05:03.1002003Z\"")
                .contains("\"amount\":\"1000\"");
    }
}
