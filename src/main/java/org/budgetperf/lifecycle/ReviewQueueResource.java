package org.budgetperf.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.BudgetView;
import org.budgetperf.budget.TableAction;
import org.budgetperf.budget.TableActions;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.shared.web.Cursor;
import org.budgetperf.shared.web.ListQuery;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageParams;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;
import org.budgetperf.shared.web.Timestamps;

/** {@code /api/v1/review-queue}: the finance bureau's work queue, submitted tables oldest first. */
@Path("/api/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_REVIEWER, Roles.ADMIN})
public class ReviewQueueResource {

    /**
     * A table waiting for the bureau, with the outcome of the checks run at its submission and what the caller may do
     * with it.
     */
    public record QueueItem(
            UUID budgetId,
            BudgetView.DepartmentRef department,
            int fiscalYear,
            int revision,
            OffsetDateTime submittedAt,
            UUID reviewRunId,
            long reviewWarnings,
            UUID reconciliationRunId,
            String reconciliationOutcome,
            List<TableAction> allowedActions) {}

    @Inject
    DirectReads reads;

    @Inject
    AllowedActions actions;

    private static final ListQuery.SortField<QueueItem> SUBMITTED_AT = new ListQuery.SortField<>(
            "submittedAt", "b.submitted_at", Cursor.KeyType.TIMESTAMP, QueueItem::submittedAt);
    private static final ListQuery.SortField<QueueItem> ID =
            new ListQuery.SortField<>("id", "b.id", Cursor.KeyType.UUID, QueueItem::budgetId);

    /**
     * The submission's event in the change feed links the review and reconciliation recorded for it; one statement
     * for the page, outside Hibernate and any transaction (as the budget list).
     */
    private static final String SELECT = """
            SELECT b.id AS budget_id, d.id AS department_id, d.code, d.name, b.fiscal_year,
                   b.approved_revision + 1 AS revision, b.submitted_at, e.review_run_id, rv.warning_count,
                   e.reconciliation_run_id, rc.outcome""";

    private static final String JOINS = """
            JOIN budget b ON b.id = p.id
            JOIN department d ON d.id = b.department_id
            LEFT JOIN LATERAL (SELECT (ev.data->>'reviewRunId')::uuid AS review_run_id,
                                      (ev.data->>'reconciliationRunId')::uuid AS reconciliation_run_id
                                 FROM change_event ev WHERE ev.budget_id = b.id AND ev.type = 'budget.submitted'
                                ORDER BY ev.seq DESC LIMIT 1) e ON true
            LEFT JOIN check_run rv ON rv.id = e.review_run_id
            LEFT JOIN check_run rc ON rc.id = e.reconciliation_run_id""";

    /**
     * The queue, longest waiting first, filtered by department (id or codes), fiscal year and how long a table has
     * waited ({@code submittedBefore}, {@code minAgeDays}: both may be given, the earlier bound applies).
     */
    @GET
    public Page<QueueItem> queue(
            @QueryParam("departmentId") String departmentId,
            @QueryParam("departmentCode") List<String> departmentCode,
            @QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("submittedBefore") String submittedBefore,
            @QueryParam("minAgeDays") String minAgeDays,
            @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        Integer age = QueryParams.integer("minAgeDays", minAgeDays, 0, 36_500);
        // The age is part of the cursor's scope as the caller gave it: a walk with minAgeDays keeps its meaning.
        return ListQuery.<QueueItem>of("review-queue", "budget b")
                .where("b.status = 'SUBMITTED'")
                .filter(
                        "departmentId",
                        QueryParams.uuid("departmentId", departmentId),
                        "b.department_id = :departmentId")
                .filter(
                        "departmentCode",
                        QueryParams.texts("departmentCode", departmentCode, 64, 100),
                        "b.department_id IN (SELECT dc.id FROM department dc WHERE dc.code IN (:departmentCode))")
                .filter(
                        "fiscalYear",
                        QueryParams.integer("fiscalYear", fiscalYear, 2000, 2100),
                        "b.fiscal_year = :fiscalYear")
                .filter(
                        "submittedBefore",
                        QueryParams.timestamp("submittedBefore", submittedBefore),
                        "b.submitted_at < :submittedBefore")
                .filter(
                        "minAgeDays",
                        age,
                        "b.submitted_at <= :minAgeDays",
                        age == null ? null : Timestamps.now().minusDays(age))
                .orderBy(List.of(new ListQuery.SortKey<>(SUBMITTED_AT, false), new ListQuery.SortKey<>(ID, false)))
                .page(reads, request, ListQuery.rows(reads, SELECT, JOINS, this::item), item -> item, paging.uri());
    }

    private QueueItem item(ResultSet r) throws SQLException {
        String code = r.getString("code");
        int revision = r.getInt("revision");
        return new QueueItem(
                r.getObject("budget_id", UUID.class),
                new BudgetView.DepartmentRef(r.getObject("department_id", UUID.class), code, r.getString("name")),
                r.getInt("fiscal_year"),
                revision,
                r.getObject("submitted_at", OffsetDateTime.class),
                r.getObject("review_run_id", UUID.class),
                r.getLong("warning_count"),
                r.getObject("reconciliation_run_id", UUID.class),
                r.getString("outcome"),
                // Every queued table is SUBMITTED; its working revision is one past the approved ones.
                actions.allowed(new TableActions.State(code, BudgetStatus.SUBMITTED, revision - 1)));
    }
}
