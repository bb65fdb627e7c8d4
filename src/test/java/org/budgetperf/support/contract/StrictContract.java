package org.budgetperf.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract as the tests hold the service to it: the served document with every object schema
 * closed. JSON Schema lets an object carry properties its schema does not name; the service's clients
 * must be able to rely on the documented shape, so here a schema with {@code properties} and no
 * {@code additionalProperties} gets {@code additionalProperties: false}. An {@code allOf} whose members
 * are all objects (the paged lists: items plus page metadata) is first merged into one object, since
 * closing each member separately would refuse every instance. Input schemas are closed in the contract
 * itself already; maps ({@code additionalProperties} given) are left as they are. Nothing of this is
 * served: the served contract stays as written.
 */
final class StrictContract {

    /**
     * A path no request reaches, added here (not to the served contract): its operations answer every status with a
     * problem document. The answers to requests outside the contract's routes are validated against it.
     */
    static final String OUTSIDE_THE_ROUTES = "/outside-the-contract-routes";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;
    private final Set<String> apiHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    private StrictContract(ObjectNode root) {
        this.root = root;
        collectHeaderNames(root.path("components").path("headers"));
        for (JsonNode response : root.path("components").path("responses")) {
            collectHeaderNames(response.path("headers"));
        }
        for (JsonNode pathItem : root.path("paths")) {
            for (JsonNode operation : pathItem) {
                for (JsonNode response : operation.path("responses")) {
                    collectHeaderNames(response.path("headers"));
                }
            }
        }
        ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
        walkDocument(root, schemas);
        addOutsideTheRoutes();
    }

    private void addOutsideTheRoutes() {
        ObjectNode item = ((ObjectNode) root.get("paths")).putObject(OUTSIDE_THE_ROUTES);
        for (String method : List.of("get", "put", "post", "patch", "delete", "head", "options", "trace")) {
            ObjectNode problem = item.putObject(method).putObject("responses").putObject("default");
            problem.put("description", "A problem document");
            ObjectNode headers = problem.putObject("headers");
            headers.putObject("X-Request-Id").put("$ref", "#/components/headers/X-Request-Id");
            // Every problem says which language it is written in.
            headers.putObject("Content-Language").put("$ref", "#/components/headers/Content-Language");
            headers.putObject("Vary").put("$ref", "#/components/headers/VaryAcceptLanguage");
            problem.putObject("content")
                    .putObject("application/problem+json")
                    .putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
    }

    static StrictContract load(String resource) {
        ClassLoader loader = StrictContract.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new StrictContract((ObjectNode) YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String json() {
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every header name the contract declares on some response. */
    Set<String> apiHeaders() {
        return apiHeaders;
    }

    /** The header names (lower case) a response declares, following a $ref to components/responses. */
    Set<String> headersOf(ApiResponse response) {
        Set<String> names = new TreeSet<>();
        if (response.get$ref() != null) {
            String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
            root.path("components")
                    .path("responses")
                    .path(name)
                    .path("headers")
                    .fieldNames()
                    .forEachRemaining(h -> names.add(h.toLowerCase(Locale.ROOT)));
        } else if (response.getHeaders() != null) {
            response.getHeaders().keySet().forEach(h -> names.add(h.toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    private void collectHeaderNames(JsonNode headers) {
        headers.fieldNames().forEachRemaining(apiHeaders::add);
    }

    // ------------------------------------------------------------------ closing the schemas

    /** Finds the schemas of the document: components/schemas and every {@code schema} of a parameter, header or media type. */
    private static void walkDocument(JsonNode node, ObjectNode schemas) {
        if (node.isArray()) {
            node.forEach(element -> walkDocument(element, schemas));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            switch (field.getKey()) {
                case "example", "examples" -> {
                    // values, not schemas
                }
                case "schema" -> closeSchema(field.getValue(), schemas);
                case "schemas" -> field.getValue().forEach(schema -> closeSchema(schema, schemas));
                default -> walkDocument(field.getValue(), schemas);
            }
        }
    }

    private static void closeSchema(JsonNode node, ObjectNode schemas) {
        if (!(node instanceof ObjectNode schema) || schema.has("$ref")) {
            return;
        }
        mergeObjectAllOf(schema, schemas);
        if (schema.path("properties").isObject() && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", false);
        }
        schema.path("properties").forEach(property -> closeSchema(property, schemas));
        closeSchema(schema.path("items"), schemas);
        closeSchema(schema.path("additionalProperties"), schemas);
        closeSchema(schema.path("not"), schemas);
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combinator).forEach(member -> closeSchema(member, schemas));
        }
    }

    /** {@code allOf: [object, object, …]} → one object with all the properties and all the required names. */
    private static void mergeObjectAllOf(ObjectNode schema, ObjectNode schemas) {
        if (!(schema.get("allOf") instanceof ArrayNode members) || members.size() < 2) {
            return;
        }
        List<JsonNode> parts = new ArrayList<>();
        for (JsonNode member : members) {
            JsonNode resolved = resolve(member, schemas);
            boolean open = !resolved.has("additionalProperties")
                    || resolved.get("additionalProperties").isBoolean();
            if (!resolved.path("properties").isObject()
                    || resolved.has("allOf")
                    || resolved.has("oneOf")
                    || resolved.has("anyOf")
                    || !open) {
                return; // not a plain object: leave the allOf alone
            }
            parts.add(resolved);
        }
        ObjectNode properties = JSON.createObjectNode();
        Set<String> required = new LinkedHashSet<>();
        for (JsonNode part : parts) {
            properties.setAll((ObjectNode) part.get("properties").deepCopy());
            part.path("required").forEach(name -> required.add(name.asText()));
        }
        schema.remove("allOf");
        schema.put("type", "object");
        schema.set("properties", properties);
        ArrayNode names = schema.putArray("required");
        required.forEach(names::add);
    }

    private static JsonNode resolve(JsonNode member, ObjectNode schemas) {
        String ref = member.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        return member;
    }
}
