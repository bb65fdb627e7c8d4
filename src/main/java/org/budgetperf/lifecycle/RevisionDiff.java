package org.budgetperf.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two revisions of a table: every amount, header field, the goal, and every task
 * and indicator (matched by id, so an adjustment's edits show as changes, not as remove-and-add).
 */
final class RevisionDiff {

    /** One difference; {@code id} and {@code name} identify a task or indicator. */
    record Change(
            String section, String id, String name, String change, String field, JsonNode before, JsonNode after) {}

    /** The whole comparison. */
    record Result(int from, int to, List<Change> changes) {}

    private static final List<String> HEADER = List.of(
            "fiscalYear", "periodStartYear", "periodEndYear", "frameworkCode", "staffCount", "subordinateUnitCount");
    private static final List<String> AMOUNTS = List.of(
            "basicExpenditure",
            "projectExpenditure",
            "fiscalAppropriation",
            "otherFunds",
            "specialFunds",
            "otherDevelopmentExpenditure",
            "cityLevelFunds",
            "transferPaymentFunds");
    private static final List<String> TASK_FIELDS =
            List.of("kind", "position", "name", "content", "plannedFunds", "expectedOutcome");
    private static final List<String> INDICATOR_FIELDS =
            List.of("position", "level1", "level2", "name", "periodValue", "annualValue", "weight", "taskId");

    private RevisionDiff() {}

    static Result compare(int from, JsonNode before, int to, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        fields("header", null, null, HEADER, before, after, changes);
        fields("amounts", null, null, AMOUNTS, before.path("amounts"), after.path("amounts"), changes);
        fields("goal", null, null, List.of("overallGoal"), before, after, changes);
        rows("task", TASK_FIELDS, before.path("tasks"), after.path("tasks"), changes);
        rows("indicator", INDICATOR_FIELDS, before.path("indicators"), after.path("indicators"), changes);
        return new Result(from, to, changes);
    }

    private static void fields(
            String section,
            String id,
            String name,
            List<String> names,
            JsonNode before,
            JsonNode after,
            List<Change> changes) {
        for (String field : names) {
            JsonNode b = value(before, field);
            JsonNode a = value(after, field);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(section, id, name, "CHANGED", field, b, a));
            }
        }
    }

    private static void rows(
            String section, List<String> names, JsonNode before, JsonNode after, List<Change> changes) {
        Map<String, JsonNode> old = byId(before);
        Map<String, JsonNode> now = byId(after);
        for (Map.Entry<String, JsonNode> row : old.entrySet()) {
            JsonNode current = now.get(row.getKey());
            if (current == null) {
                changes.add(wholeRow(section, row, "REMOVED", row.getValue(), NullNode.getInstance()));
            } else {
                fields(section, row.getKey(), current.path("name").asText(), names, row.getValue(), current, changes);
            }
        }
        for (Map.Entry<String, JsonNode> row : now.entrySet()) {
            if (!old.containsKey(row.getKey())) {
                changes.add(wholeRow(section, row, "ADDED", NullNode.getInstance(), row.getValue()));
            }
        }
    }

    /** A row added or removed as a whole: no field is named, the before or after is the row itself. */
    private static Change wholeRow(
            String section, Map.Entry<String, JsonNode> row, String kind, JsonNode before, JsonNode after) {
        return new Change(section, row.getKey(), row.getValue().path("name").asText(), kind, null, before, after);
    }

    private static Map<String, JsonNode> byId(JsonNode rows) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.path("id").asText(), r));
        return map;
    }

    private static JsonNode value(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null ? NullNode.getInstance() : v;
    }
}
