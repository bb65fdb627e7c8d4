package org.budgetperf.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.budget.BudgetService.StoredTable;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;

/**
 * An approved revision as the rule sets read a stored table. A revision is frozen as the table document of the
 * moment it was approved ({@code BudgetView} JSON, amounts in 元); evaluations during an adjustment are made
 * against it, with the row ids it had, because that is the table the bureau approved and the year is judged by.
 */
final class FrozenTable {

    private FrozenTable() {}

    static StoredTable read(JsonNode doc) {
        List<UUID> taskIds = new ArrayList<>();
        Map<String, Integer> taskIndex = new HashMap<>();
        List<TaskLine> tasks = new ArrayList<>();
        for (JsonNode t : doc.path("tasks")) {
            taskIndex.put(t.path("id").asText(), tasks.size());
            taskIds.add(UUID.fromString(t.path("id").asText()));
            tasks.add(new TaskLine(
                    TaskKind.valueOf(t.path("kind").asText()),
                    text(t, "name"),
                    text(t, "content"),
                    decimal(t, "plannedFunds"),
                    text(t, "expectedOutcome")));
        }
        List<UUID> indicatorIds = new ArrayList<>();
        List<IndicatorLine> indicators = new ArrayList<>();
        for (JsonNode i : doc.path("indicators")) {
            indicatorIds.add(UUID.fromString(i.path("id").asText()));
            indicators.add(new IndicatorLine(
                    text(i, "level1"),
                    text(i, "level2"),
                    text(i, "name"),
                    text(i, "periodValue"),
                    text(i, "annualValue"),
                    decimal(i, "weight"),
                    taskIndex.get(i.path("taskId").asText(null))));
        }
        JsonNode a = doc.path("amounts");
        BudgetAmounts amounts = new BudgetAmounts(
                decimal(a, "basicExpenditure"),
                decimal(a, "projectExpenditure"),
                decimal(a, "fiscalAppropriation"),
                decimal(a, "otherFunds"),
                decimal(a, "specialFunds"),
                decimal(a, "otherDevelopmentExpenditure"),
                decimal(a, "cityLevelFunds"),
                decimal(a, "transferPaymentFunds"));
        TargetTable table = new TargetTable(
                text(doc.path("department"), "name"),
                integer(doc, "fiscalYear"),
                integer(doc, "periodStartYear"),
                integer(doc, "periodEndYear"),
                integer(doc, "staffCount"),
                integer(doc, "subordinateUnitCount"),
                amounts,
                text(doc, "overallGoal"),
                tasks,
                indicators);
        return new StoredTable(table, taskIds, indicatorIds);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Amounts are written as JSON strings ("5505100.00"), read exactly with their scale; numbers as they are. */
    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
