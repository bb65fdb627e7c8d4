package org.budgetperf.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the catalogues under {@code src/main/resources/reference/}: strict, so a misspelt key fails at once. */
final class ReferenceYaml {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReferenceYaml() {}

    /**
     * Refuses an entry of a catalogue with a property left out: every such property is non-null in the contract, and a
     * catalogue is read at start-up, so a gap fails the deployment rather than a frontend.
     */
    static void requireAll(String entry, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalStateException(entry + ": required property " + (i + 1) + " of the entry is missing");
            }
        }
    }

    static <T> T read(String name, Class<T> type) {
        String resource = "reference/" + name;
        try (InputStream in = ReferenceYaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
