package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;
import java.math.BigDecimal;
import org.budgetperf.shared.domain.DecimalBounds;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

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
                throw JsonMappingException.from(p, DecimalBounds.MESSAGE, refusal());
            }
        }
        return super.deserialize(p, ctxt);
    }

    /** The violation the problem mapper names at the number's path. */
    static ProblemException refusal() {
        return ProblemException.invalid(Violation.body(
                "",
                ViolationCode.NUMBER_OUT_OF_BOUNDS,
                Messages.NUMBER_OUT_OF_BOUNDS.of(DecimalBounds.MAX_INTEGER_DIGITS, DecimalBounds.MAX_DECIMALS)));
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
