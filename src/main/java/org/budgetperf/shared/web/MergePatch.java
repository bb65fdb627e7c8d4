package org.budgetperf.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;

/**
 * JSON Merge Patch (RFC 7386): applied to the current input representation of a resource, so a patch
 * goes through exactly the same validation as a full replacement.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    public static <T> T apply(ObjectMapper mapper, Object current, JsonNode patch, Class<T> inputType)
            throws JsonProcessingException {
        requireObject(patch);
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        return mapper.treeToValue(merged, inputType);
    }

    /**
     * Reads the patch on its own as the input type, before anything is loaded or locked: each value it carries meets
     * the JSON rules (known fields, bounded decimals, storable text) or the request fails here, naming the field. The
     * input types have no primitive fields, so the nulls that remove a value read as blanks.
     */
    public static void requireReadable(ObjectMapper mapper, JsonNode patch, Class<?> inputType)
            throws JsonProcessingException {
        requireObject(patch);
        mapper.treeToValue(patch, inputType);
    }

    private static void requireObject(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(
                    ProblemCode.MALFORMED_REQUEST,
                    org.budgetperf.shared.problem.Messages.MERGE_PATCH_NOT_AN_OBJECT.of());
        }
    }

    /**
     * The amount unit a patch states, so the resource's current amounts can be expressed in it before
     * merging (a patch that says 万元 must not have the unchanged amounts read as 万元 too).
     */
    public static AmountUnit statedUnit(ObjectMapper mapper, JsonNode patch) throws JsonProcessingException {
        return patch != null && patch.hasNonNull("amountUnit")
                ? mapper.treeToValue(patch.get("amountUnit"), AmountUnit.class)
                : AmountUnit.YUAN;
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
