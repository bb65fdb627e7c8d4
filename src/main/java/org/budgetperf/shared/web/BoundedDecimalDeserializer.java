package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;
import java.math.BigDecimal;
import org.budgetperf.shared.domain.DecimalBounds;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;

/**
 * Reads every decimal of every request, as a JSON number or a string, and refuses one outside
 * {@link DecimalBounds} before anything computes with it. Everything else (blank strings, coercions, the
 * error for text that is no number) stays exactly as Jackson's own decimal reader does it.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_STRING) {
            String text = p.getText().strip();
            if (outOfBounds(text)) {
                throw JsonMappingException.from(
                        p,
                        DecimalBounds.MESSAGE,
                        new ProblemException(ProblemCode.VALIDATION_FAILED, DecimalBounds.MESSAGE));
            }
        }
        return super.deserialize(p, ctxt);
    }

    private static boolean outOfBounds(String text) {
        try {
            DecimalBounds.parse(text);
            return false;
        } catch (DecimalBounds.OutOfBounds e) {
            return true;
        } catch (NumberFormatException e) {
            return false; // not a number at all: Jackson's reader reports it as such
        }
    }
}
