package org.budgetperf.shared.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The types of the change feed: {@code <resource>.<what happened>}, lower case, words joined by hyphens. The list is
 * open (the contract marks it {@code x-extensible-enum}): a client ignores a type it does not know. Filters name a type
 * exactly or a family by prefix ({@code indicator.*}); {@code *} is every type.
 */
public final class EventTypes {

    public static final String DEPARTMENT_CREATED = "department.created";
    public static final String DEPARTMENT_UPDATED = "department.updated";
    public static final String DEPARTMENT_DELETED = "department.deleted";
    public static final String BUDGET_CREATED = "budget.created";
    public static final String BUDGET_UPDATED = "budget.updated";
    public static final String BUDGET_DELETED = "budget.deleted";
    public static final String BUDGET_SUBMITTED = "budget.submitted";
    public static final String BUDGET_RETURNED = "budget.returned";
    public static final String BUDGET_APPROVED = "budget.approved";
    public static final String BUDGET_ADJUSTING = "budget.adjusting";
    public static final String TASK_CREATED = "task.created";
    public static final String TASK_UPDATED = "task.updated";
    public static final String TASK_DELETED = "task.deleted";
    public static final String TASK_LIST_REPLACED = "task.list-replaced";
    public static final String INDICATOR_CREATED = "indicator.created";
    public static final String INDICATOR_UPDATED = "indicator.updated";
    public static final String INDICATOR_DELETED = "indicator.deleted";
    public static final String INDICATOR_LIST_REPLACED = "indicator.list-replaced";
    public static final String IMPORT_COMPLETED = "import.completed";
    public static final String CHECK_RECORDED = "check.recorded";
    public static final String MONITORING_REPORT_RECORDED = "monitoring-report.recorded";
    public static final String SELF_EVALUATION_RECORDED = "self-evaluation.recorded";
    public static final String SCORING_WEIGHT_SET_CREATED = "scoring-weight-set.created";

    /** Every type the service emits today, in the contract's order. */
    public static final List<String> ALL = List.of(
            DEPARTMENT_CREATED,
            DEPARTMENT_UPDATED,
            DEPARTMENT_DELETED,
            BUDGET_CREATED,
            BUDGET_UPDATED,
            BUDGET_DELETED,
            BUDGET_SUBMITTED,
            BUDGET_RETURNED,
            BUDGET_APPROVED,
            BUDGET_ADJUSTING,
            TASK_CREATED,
            TASK_UPDATED,
            TASK_DELETED,
            TASK_LIST_REPLACED,
            INDICATOR_CREATED,
            INDICATOR_UPDATED,
            INDICATOR_DELETED,
            INDICATOR_LIST_REPLACED,
            IMPORT_COMPLETED,
            CHECK_RECORDED,
            MONITORING_REPORT_RECORDED,
            SELF_EVALUATION_RECORDED,
            SCORING_WEIGHT_SET_CREATED);

    /** The longest filter a client may send. */
    public static final int MAX_FILTER_LENGTH = 100;

    private static final Pattern FILTER = Pattern.compile("\\*|[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*(\\.\\*)?");

    private EventTypes() {}

    /** Whether a filter is well formed: a type, a prefix ending in {@code .*}, or {@code *}. */
    public static boolean validFilter(String filter) {
        return filter != null
                && filter.length() <= MAX_FILTER_LENGTH
                && FILTER.matcher(filter).matches();
    }

    /**
     * Filters split into exact types and prefixes ({@code indicator.*} → {@code indicator.}); null when one of them is
     * {@code *} or there is none, which is every type.
     */
    public record Selection(List<String> exact, List<String> prefixes) {

        public static Selection of(List<String> filters) {
            if (filters == null || filters.isEmpty() || filters.contains("*")) {
                return null;
            }
            List<String> exact = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String f : filters) {
                if (f.endsWith(".*")) {
                    prefixes.add(f.substring(0, f.length() - 1));
                } else {
                    exact.add(f);
                }
            }
            return new Selection(List.copyOf(exact), List.copyOf(prefixes));
        }

        public boolean matches(String type) {
            return exact.contains(type) || prefixes.stream().anyMatch(type::startsWith);
        }
    }
}
