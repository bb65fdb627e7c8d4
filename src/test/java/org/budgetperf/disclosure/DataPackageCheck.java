package org.budgetperf.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a package against the Frictionless Data Package v1 and Table Schema v1 specifications, as far as they
 * constrain a tabular data package: the descriptor's required properties and name patterns, each resource's
 * dialect, size and hash, and every CSV against its schema (header = field names in order, every value of its
 * type and format, required values present, primary keys unique, foreign keys resolving).
 */
final class DataPackageCheck {

    private static final Pattern NAME = Pattern.compile("^[-a-z0-9._/]+$");
    private static final Set<String> TYPES =
            Set.of("string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year");

    private DataPackageCheck() {}

    /** Parsed CSV rows of each resource, header excluded, for further assertions. */
    static Map<String, List<List<String>>> check(JsonNode descriptor, Map<String, byte[]> files) throws Exception {
        assertThat(descriptor.path("profile").asText()).isEqualTo("tabular-data-package");
        assertThat(descriptor.path("name").asText()).matches(NAME);
        assertThat(descriptor.path("resources").isArray()).isTrue();
        assertThat(descriptor.path("resources").size()).isPositive();
        Map<String, List<List<String>>> tables = new HashMap<>();
        Map<String, JsonNode> schemas = new HashMap<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            assertThat(name).as("resource name").matches(NAME);
            assertThat(resource.path("profile").asText()).isEqualTo("tabular-data-resource");
            String path = resource.path("path").asText();
            assertThat(path)
                    .as("path of " + name)
                    .isNotBlank()
                    .doesNotStartWith("/")
                    .doesNotContain("..");
            byte[] content = files.get(path);
            assertThat(content).as(path + " in the archive").isNotNull();
            assertThat(resource.path("bytes").asLong()).as("bytes of " + path).isEqualTo(content.length);
            assertThat(resource.path("hash").asText())
                    .as("hash of " + path)
                    .isEqualTo("sha256:"
                            + HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(content)));
            assertThat(resource.path("encoding").asText()).isEqualTo("utf-8");
            assertThat(resource.path("dialect").path("lineTerminator").asText()).isEqualTo("\r\n");
            JsonNode schema = resource.path("schema");
            schemas.put(name, schema);
            List<String> fieldNames = new ArrayList<>();
            for (JsonNode field : schema.path("fields")) {
                assertThat(field.path("name").asText()).isNotBlank();
                assertThat(TYPES)
                        .as("type of " + name + "." + field.path("name"))
                        .contains(field.path("type").asText());
                fieldNames.add(field.path("name").asText());
            }
            assertThat(new HashSet<>(fieldNames))
                    .as("field names of " + name + " are unique")
                    .hasSize(fieldNames.size());
            schema.path("primaryKey").forEach(k -> assertThat(fieldNames).contains(k.asText()));
            List<List<String>> rows = Csv.parse(new String(content, StandardCharsets.UTF_8));
            assertThat(rows).as(path + " has a header").isNotEmpty();
            assertThat(rows.get(0)).as("header of " + path).isEqualTo(fieldNames);
            List<List<String>> data = rows.subList(1, rows.size());
            for (List<String> row : data) {
                assertThat(row).as("a row of " + path).hasSize(fieldNames.size());
                for (int i = 0; i < row.size(); i++) {
                    checkValue(schema.path("fields").get(i), row.get(i), path);
                }
            }
            checkPrimaryKey(schema, fieldNames, data, path);
            tables.put(name, data);
        }
        for (Map.Entry<String, JsonNode> schema : schemas.entrySet()) {
            checkForeignKeys(schema.getKey(), schema.getValue(), schemas, tables);
        }
        return tables;
    }

    private static void checkValue(JsonNode field, String value, String path) {
        String where = path + "." + field.path("name").asText() + " = '" + value + "'";
        if (value.isEmpty()) {
            assertThat(field.path("constraints").path("required").asBoolean())
                    .as(where + " is required")
                    .isFalse();
            return;
        }
        switch (field.path("type").asText()) {
            case "integer" -> assertThat(value).as(where).matches("^-?[0-9]+$");
            case "number" ->
                assertThat(new BigDecimal(value).toPlainString()).as(where).isEqualTo(value);
            case "datetime" -> {
                assertThat(value).as(where).matches("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$");
                OffsetDateTime.parse(value);
            }
            case "boolean" -> assertThat(value).as(where).isIn("true", "false");
            default -> {
                if (field.path("format").asText().equals("uuid")) {
                    assertThat(UUID.fromString(value).toString()).as(where).isEqualTo(value);
                }
            }
        }
    }

    private static void checkPrimaryKey(JsonNode schema, List<String> fields, List<List<String>> rows, String path) {
        List<Integer> key = new ArrayList<>();
        schema.path("primaryKey").forEach(k -> key.add(fields.indexOf(k.asText())));
        Set<List<String>> seen = new HashSet<>();
        for (List<String> row : rows) {
            List<String> value = key.stream().map(row::get).toList();
            assertThat(seen.add(value))
                    .as("primary key " + value + " of " + path + " is unique")
                    .isTrue();
        }
    }

    private static void checkForeignKeys(
            String name, JsonNode schema, Map<String, JsonNode> schemas, Map<String, List<List<String>>> tables) {
        for (JsonNode fk : schema.path("foreignKeys")) {
            String target = fk.path("reference").path("resource").asText();
            assertThat(schemas)
                    .as("resource " + target + " referred to by " + name)
                    .containsKey(target);
            int own = fieldIndex(schema, fk.path("fields").get(0).asText());
            int theirs = fieldIndex(
                    schemas.get(target),
                    fk.path("reference").path("fields").get(0).asText());
            Set<String> keys = new HashSet<>();
            tables.get(target).forEach(row -> keys.add(row.get(theirs)));
            for (List<String> row : tables.get(name)) {
                if (!row.get(own).isEmpty()) {
                    assertThat(keys)
                            .as(name + " → " + target + ": " + row.get(own))
                            .contains(row.get(own));
                }
            }
        }
    }

    private static int fieldIndex(JsonNode schema, String field) {
        int i = 0;
        for (JsonNode f : schema.path("fields")) {
            if (f.path("name").asText().equals(field)) {
                return i;
            }
            i++;
        }
        throw new AssertionError("no field " + field);
    }

    /** A strict RFC 4180 reader: CRLF line ends, quoted fields with doubled quotes. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    assertThat(c)
                            .as("a bare line feed or carriage return outside quotes")
                            .isNotIn('\n', '\r');
                    field.append(c);
                }
            }
            assertThat(field.length() == 0 && row.isEmpty())
                    .as("the file ends with CRLF")
                    .isTrue();
            return rows;
        }
    }
}
