package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON rules that keep money exact and requests honest.
 *
 * <ul>
 *   <li>Decimals are written as JSON strings in plain notation ("5505100.00"): JavaScript clients
 *       would otherwise read them into binary floating point and lose 分.</li>
 *   <li>Decimals are read from JSON numbers or strings without passing through {@code double}.</li>
 *   <li>A fractional number is never truncated into a whole-number field, and duplicate keys are an
 *       error rather than last-one-wins.</li>
 *   <li>Every decimal is refused outside {@link org.budgetperf.shared.domain.DecimalBounds} before it is used, and
 *       nesting, numbers and strings are capped while parsing ({@link #LIMITS}): no body, however small, can
 *       make the service expand a number or recurse without end.</li>
 *   <li>A string PostgreSQL cannot store (U+0000) is refused naming its field rather than failing the write.</li>
 * </ul>
 */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    /**
     * The contract's deepest body (a table, its indicators, one indicator's fields) nests four levels; 32 leaves
     * room for merge patches and future fields. Strings: the longest field (the overall goal) is far below 1 MB.
     */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(org.budgetperf.shared.domain.DecimalBounds.MAX_TEXT_LENGTH)
            .maxStringLength(1_000_000)
            .build();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(LIMITS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        SimpleModule decimals = new SimpleModule("decimal-as-string");
        decimals.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
        decimals.addDeserializer(String.class, new StorableStringDeserializer());
        decimals.addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(value.toPlainString());
            }
        });
        mapper.registerModule(decimals);
    }
}
