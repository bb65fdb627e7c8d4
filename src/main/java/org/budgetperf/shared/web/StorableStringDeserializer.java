package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.budgetperf.shared.domain.StorableText;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

/** Reads every string of every request and refuses one PostgreSQL could not store ({@link StorableText}), naming the field. */
final class StorableStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (!StorableText.storable(value)) {
            throw JsonMappingException.from(
                    p,
                    Messages.UNSTORABLE_TEXT.en(),
                    ProblemException.invalid(
                            Violation.body("", ViolationCode.UNSTORABLE_TEXT, Messages.UNSTORABLE_TEXT.of())));
        }
        return value;
    }
}
