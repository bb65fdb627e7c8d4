package org.budgetperf.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The three reference documents, serialised once: they change only with a deployment, so every answer is the same
 * bytes, and the ETag is a digest of them (a new build with other texts or rule-set versions gets a new one, so a
 * client's cached copy is revalidated instead of served stale).
 */
@Singleton
public class ReferenceDocuments {

    /** A document's JSON and its strong ETag. */
    public record Document(byte[] json, String etag) {}

    @Inject
    ObjectMapper mapper;

    private Document fields;
    private Document rules;
    private Document codes;

    @PostConstruct
    void build() {
        fields = document(FieldCatalogue.load());
        rules = document(RuleCatalogue.load());
        codes = document(CodeCatalogue.load());
    }

    public Document fields() {
        return fields;
    }

    public Document rules() {
        return rules;
    }

    public Document codes() {
        return codes;
    }

    private Document document(Object catalogue) {
        try {
            byte[] json = mapper.writeValueAsBytes(catalogue);
            return new Document(json, etagOf(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reference data cannot be written as JSON", e);
        }
    }

    static String etagOf(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
