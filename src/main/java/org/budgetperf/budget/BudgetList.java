package org.budgetperf.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.shared.web.Cursor;
import org.budgetperf.shared.web.ListQuery;
import org.budgetperf.shared.web.ListQuery.SortField;
import org.budgetperf.shared.web.ListQuery.SortKey;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/**
 * The list of tables the caller may see, each with its amounts and totals and what the caller may do with it: one
 * statement per page, whatever the page's size or depth (see {@link ListQuery}).
 */
@ApplicationScoped
public class BudgetList {

    @Inject
    DirectReads reads;

    @Inject
    Caller caller;

    @Inject
    TableActions actions;

    /**
     * Filters of the budget list, combined with AND; null or empty means "any".
     *
     * @param departmentCodes any of these departments (exact codes)
     * @param departmentName a fragment of the department's name, case-insensitive, taken literally
     * @param statuses any of these statuses
     * @param fiscalYearFrom the first fiscal year, inclusive
     * @param fiscalYearTo the last fiscal year, inclusive
     * @param updatedSince changed at or after this moment (inclusive, so a sync that starts from the last
     *     {@code updatedAt} it saw misses nothing)
     */
    public record Filter(
            UUID departmentId,
            List<String> departmentCodes,
            String departmentName,
            Integer fiscalYear,
            Integer fiscalYearFrom,
            Integer fiscalYearTo,
            List<BudgetStatus> statuses,
            OffsetDateTime updatedSince) {}

    /** A listed table as the query reads it, with the state its allowed actions depend on. */
    public record Listed(
            UUID id,
            UUID departmentId,
            String departmentCode,
            String departmentName,
            int fiscalYear,
            Integer periodStartYear,
            Integer periodEndYear,
            BudgetStatus status,
            String frameworkCode,
            int approvedRevision,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            BudgetAmounts amounts,
            BigDecimal keyTaskFunds,
            BigDecimal otherTaskFunds) {}

    static final SortField<Listed> FISCAL_YEAR =
            new SortField<>("fiscalYear", "b.fiscal_year", Cursor.KeyType.INT, Listed::fiscalYear);
    static final SortField<Listed> CREATED_AT =
            new SortField<>("createdAt", "b.created_at", Cursor.KeyType.TIMESTAMP, Listed::createdAt);
    static final SortField<Listed> UPDATED_AT =
            new SortField<>("updatedAt", "b.updated_at", Cursor.KeyType.TIMESTAMP, Listed::updatedAt);
    static final SortField<Listed> STATUS = new SortField<>("status", "b.status", Cursor.KeyType.TEXT, Listed::status);
    static final SortField<Listed> ID = new SortField<>("id", "b.id", Cursor.KeyType.UUID, Listed::id);

    /** The fields {@code sort} may name. */
    public static final List<SortField<Listed>> SORTABLE = List.of(FISCAL_YEAR, CREATED_AT, UPDATED_AT, STATUS);

    /** Newest fiscal year first, then creation order: the index {@code ix_budget_list_keyset} in its own order. */
    public static final List<SortKey<Listed>> DEFAULT_ORDER =
            List.of(new SortKey<>(FISCAL_YEAR, true), new SortKey<>(CREATED_AT, false), new SortKey<>(ID, false));

    /** Reads {@code sort} against {@link #SORTABLE}; a 400 naming {@code sort} when it names anything else. */
    public static List<SortKey<Listed>> order(List<String> sort) {
        return ListQuery.sort(sort, SORTABLE, DEFAULT_ORDER, ID);
    }

    /**
     * The department's columns are read only for the page's rows. Task funds are summed per listed table by the
     * index {@code ix_task_budget_order}, which carries the planned funds, inside the same statement.
     */
    private static final String SELECT = """
            SELECT b.id, d.id AS department_id, d.code, d.name, b.fiscal_year, b.period_start_year,
                   b.period_end_year, b.status, b.framework_code, b.approved_revision, b.created_at, b.updated_at,
                   b.basic_expenditure, b.project_expenditure, b.fiscal_appropriation, b.other_funds, b.special_funds,
                   b.other_development_expenditure, b.city_level_funds, b.transfer_payment_funds,
                   (SELECT sum(t.planned_funds) FROM budget_task t WHERE t.budget_id = b.id AND t.kind = 'KEY')
                       AS key_task_funds,
                   (SELECT sum(t.planned_funds) FROM budget_task t WHERE t.budget_id = b.id AND t.kind = 'OTHER')
                       AS other_task_funds""";

    private static final String JOINS = "JOIN budget b ON b.id = p.id JOIN department d ON d.id = b.department_id";

    /**
     * One page of the list. No transaction: the page is one statement (plus its estimate or total) read through
     * {@link DirectReads}, and a transaction around it would cost more than the SQL.
     */
    public Page<BudgetSummary> page(Filter f, List<SortKey<Listed>> order, PageRequest request, UriInfo uri) {
        return query(f, order)
                .page(reads, request, ListQuery.rows(reads, SELECT, JOINS, BudgetList::listed), this::summary, uri);
    }

    private ListQuery<Listed> query(Filter f, List<SortKey<Listed>> order) {
        // Department conditions select department ids first, so the budgets' part stays on the budget table's
        // indexes, which carry department_id.
        ListQuery<Listed> q = ListQuery.<Listed>of("budgets", "budget b")
                .filter("departmentId", f.departmentId(), "b.department_id = :departmentId")
                .filter(
                        "departmentCode",
                        f.departmentCodes(),
                        "b.department_id IN (SELECT dc.id FROM department dc WHERE dc.code IN (:departmentCode))")
                .filter(
                        "departmentName",
                        f.departmentName(),
                        "b.department_id IN (SELECT dn.id FROM department dn"
                                + " WHERE lower(dn.name) LIKE :departmentName ESCAPE '\\')",
                        f.departmentName() == null ? null : ListQuery.containsPattern(f.departmentName()))
                .filter("fiscalYear", f.fiscalYear(), "b.fiscal_year = :fiscalYear")
                .filter("fiscalYearFrom", f.fiscalYearFrom(), "b.fiscal_year >= :fiscalYearFrom")
                .filter("fiscalYearTo", f.fiscalYearTo(), "b.fiscal_year <= :fiscalYearTo")
                .filter(
                        "status",
                        f.statuses(),
                        "b.status IN (:status)",
                        f.statuses().stream().map(Enum::name).toList())
                .filter("updatedSince", f.updatedSince(), "b.updated_at >= :updatedSince");
        if (!caller.readsAllTables()) {
            // Department editors see their own departments' tables only.
            q.where(
                    "b.department_id IN (SELECT dv.id FROM department dv WHERE dv.code IN (:visible))",
                    "visible",
                    caller.editedDepartmentsForQuery());
        }
        return q.orderBy(order);
    }

    private static Listed listed(ResultSet r) throws SQLException {
        return new Listed(
                r.getObject("id", UUID.class),
                r.getObject("department_id", UUID.class),
                r.getString("code"),
                r.getString("name"),
                r.getInt("fiscal_year"),
                r.getObject("period_start_year", Integer.class),
                r.getObject("period_end_year", Integer.class),
                BudgetStatus.valueOf(r.getString("status")),
                r.getString("framework_code"),
                r.getInt("approved_revision"),
                r.getObject("created_at", OffsetDateTime.class),
                r.getObject("updated_at", OffsetDateTime.class),
                new BudgetAmounts(
                        money(r, "basic_expenditure"),
                        money(r, "project_expenditure"),
                        money(r, "fiscal_appropriation"),
                        money(r, "other_funds"),
                        money(r, "special_funds"),
                        money(r, "other_development_expenditure"),
                        money(r, "city_level_funds"),
                        money(r, "transfer_payment_funds")),
                money(r, "key_task_funds"),
                money(r, "other_task_funds"));
    }

    private static BigDecimal money(ResultSet r, String column) throws SQLException {
        BigDecimal value = r.getBigDecimal(column);
        return value == null ? null : value.setScale(2);
    }

    private BudgetSummary summary(Listed l) {
        return new BudgetSummary(
                l.id(),
                new BudgetView.DepartmentRef(l.departmentId(), l.departmentCode(), l.departmentName()),
                l.fiscalYear(),
                l.periodStartYear(),
                l.periodEndYear(),
                l.status(),
                l.frameworkCode(),
                l.amounts(),
                BudgetView.Totals.of(l.amounts(), l.keyTaskFunds(), l.otherTaskFunds()),
                l.createdAt(),
                l.updatedAt(),
                actions.allowed(new TableActions.State(l.departmentCode(), l.status(), l.approvedRevision())));
    }
}
