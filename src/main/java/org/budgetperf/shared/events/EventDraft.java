package org.budgetperf.shared.events;

import java.util.Map;
import java.util.UUID;

/**
 * An event as the code that made a change describes it; {@link EventLog#append} adds who, when and its place in the
 * feed. Department code, fiscal year and table version are looked up when the transaction commits, for whatever still
 * exists then; what is given here stands for what no longer does (a deleted table).
 *
 * @param type the event's type, {@code <resource>.<what happened>} ({@link EventTypes})
 * @param resourceType the kind of thing that changed ({@code budget}, {@code indicator}, …)
 * @param resourceId its id (a UUID, or {@code code@version} for a weight set)
 * @param selfLink the path of the changed resource's own URL
 * @param budgetId the table it belongs to, if any
 * @param departmentId the department it belongs to, if any
 * @param departmentCode that department's code, when known here
 * @param fiscalYear the table's year, when known here
 * @param data a few facts about the change (small: the resource itself is read through {@code selfLink})
 */
public record EventDraft(
        String type,
        String resourceType,
        String resourceId,
        String selfLink,
        UUID budgetId,
        UUID departmentId,
        String departmentCode,
        Integer fiscalYear,
        Map<String, Object> data) {

    public EventDraft {
        data = data == null ? Map.of() : data;
    }

    /** This draft with the department and year it belongs to (read where the change is made). */
    public EventDraft withContext(UUID departmentId, String departmentCode, Integer fiscalYear) {
        return new EventDraft(
                type, resourceType, resourceId, selfLink, budgetId, departmentId, departmentCode, fiscalYear, data);
    }

    /** The path of a table's own URL. */
    public static String tableLink(UUID budgetId) {
        return "/api/v1/budgets/" + budgetId;
    }
}
