package org.budgetperf.disclosure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import org.budgetperf.disclosure.OpenDataTables.Field;
import org.budgetperf.disclosure.OpenDataTables.ForeignKey;
import org.budgetperf.disclosure.OpenDataTables.Resource;

/**
 * {@code datapackage.json}: the Frictionless Data Package (v1, profile {@code tabular-data-package}) describing the
 * CSV files, each a {@code tabular-data-resource} with its Table Schema, CSV dialect, size and SHA-256 hash, so a
 * consumer can check what it downloaded and load it with typed columns.
 */
@ApplicationScoped
class DataPackageDescriptor {

    @Inject
    ObjectMapper mapper;

    byte[] write(int fiscalYear, OffsetDateTime latestApproval, Map<Resource, Path> files) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "perf-targets-" + fiscalYear);
        root.put("title", fiscalYear + "年度部门整体预算绩效目标表（已批复）");
        root.put(
                "description",
                "The approved budget performance target tables of fiscal year " + fiscalYear
                        + ": departments, tables, amounts in 元, tasks, indicators and self-evaluation results.");
        if (latestApproval != null) {
            // The latest approval disclosed, not the time of the request: the same data gives the same bytes.
            root.put("created", DateTimeFormatter.ISO_INSTANT.format(latestApproval.toInstant()));
        }
        ArrayNode keywords = root.putArray("keywords");
        keywords.add("预算绩效").add("绩效目标").add("预决算公开").add(String.valueOf(fiscalYear));
        ArrayNode resources = root.putArray("resources");
        for (Map.Entry<Resource, Path> file : files.entrySet()) {
            resources.add(resource(file.getKey(), Files.readAllBytes(file.getValue())));
        }
        return mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    }

    private ObjectNode resource(Resource resource, byte[] content) {
        ObjectNode r = mapper.createObjectNode();
        r.put("profile", "tabular-data-resource");
        r.put("name", resource.name());
        r.put("path", resource.path());
        r.put("title", resource.title());
        r.put("description", resource.description());
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        r.put("bytes", content.length);
        r.put("hash", "sha256:" + sha256(content));
        ObjectNode dialect = r.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (Field f : resource.fields()) {
            ObjectNode field = fields.addObject();
            field.put("name", f.name());
            field.put("type", f.type());
            field.put("format", f.format());
            field.put("title", f.title());
            field.put("description", f.description());
            if (f.required()) {
                field.putObject("constraints").put("required", true);
            }
        }
        schema.putArray("missingValues").add("");
        ArrayNode key = schema.putArray("primaryKey");
        resource.primaryKey().forEach(key::add);
        if (!resource.foreignKeys().isEmpty()) {
            ArrayNode foreign = schema.putArray("foreignKeys");
            for (ForeignKey fk : resource.foreignKeys()) {
                ObjectNode k = foreign.addObject();
                ArrayNode own = k.putArray("fields");
                fk.fields().forEach(own::add);
                ObjectNode reference = k.putObject("reference");
                reference.put("resource", fk.resource());
                ArrayNode theirs = reference.putArray("fields");
                fk.referenceFields().forEach(theirs::add);
            }
        }
        return r;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
