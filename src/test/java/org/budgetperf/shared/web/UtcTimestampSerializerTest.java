package org.budgetperf.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The hand-written moments are character for character what Jackson's own serializer writes. */
class UtcTimestampSerializerTest {

    record Stamped(OffsetDateTime at) {}

    /** The service's mapper as the application configures it: Quarkus' Java time module first, then ours. */
    private static ObjectMapper service() {
        ObjectMapper mapper = plain();
        new JacksonCustomizer().customize(mapper);
        return mapper;
    }

    /** Jackson's own: the Java time module, ISO text. */
    private static ObjectMapper plain() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static List<OffsetDateTime> moments() {
        List<OffsetDateTime> moments = new ArrayList<>(List.of(
                OffsetDateTime.parse("2025-12-04T19:11:24.043522Z"),
                OffsetDateTime.parse("2024-01-01T00:00:00Z"),
                OffsetDateTime.parse("2024-02-29T23:59:59.9Z"),
                OffsetDateTime.parse("2024-06-30T08:05:03.000000001Z"),
                OffsetDateTime.parse("2024-06-30T08:05:03.100200300Z"),
                OffsetDateTime.parse("0001-01-01T00:00:00.5Z"),
                OffsetDateTime.parse("9999-12-31T23:59:59.999999999Z"),
                OffsetDateTime.parse("+10000-01-01T00:00:00Z"),
                OffsetDateTime.parse("-0001-06-01T12:00:00Z"),
                OffsetDateTime.parse("2024-06-30T16:05:03.25+08:00")));
        Random random = new Random(20261204);
        for (int i = 0; i < 2_000; i++) {
            long second = random.nextLong(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), 4_102_444_800L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            moments.add(OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nano), ZoneOffset.UTC));
        }
        return moments;
    }

    @Test
    void writesWhatJacksonWritesForEveryMoment() throws Exception {
        ObjectMapper service = service();
        ObjectMapper plain = plain();
        for (OffsetDateTime at : moments()) {
            assertThat(service.writeValueAsString(new Stamped(at)))
                    .as("%s", at)
                    .isEqualTo(plain.writeValueAsString(new Stamped(at)));
        }
        assertThat(service.writeValueAsString(new Stamped(OffsetDateTime.parse("2024-06-30T08:05:03.100200300Z"))))
                .isEqualTo("{\"at\":\"2024-06-30T08:05:03.1002003Z\"}");
    }

    @Test
    void followsTheMapperWhenItWritesAnotherZoneOrNumbers() throws Exception {
        OffsetDateTime at = OffsetDateTime.parse("2024-06-30T08:05:03.25Z");
        ObjectMapper shanghai = service().setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        assertThat(shanghai.writeValueAsString(new Stamped(at)))
                .isEqualTo(plain().setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
                        .writeValueAsString(new Stamped(at)))
                .contains("+08:00");
        ObjectMapper numbers = service().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(numbers.writeValueAsString(new Stamped(at)))
                .isEqualTo(plain().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(new Stamped(at)));
    }
}
