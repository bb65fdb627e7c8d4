package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.budgetperf.shared.domain.StorableText;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;

/** Reads every string of every request and refuses one PostgreSQL could not store ({@link StorableText}), naming the field. */
final class StorableStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (!StorableText.storable(value)) {
            throw JsonMappingException.from(
                    p, StorableText.MESSAGE, new ProblemException(ProblemCode.VALIDATION_FAILED, StorableText.MESSAGE));
        }
        return value;
    }
}
