package org.budgetperf.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.BudgetView;
import org.budgetperf.budget.TableAction;
import org.budgetperf.budget.TableActions;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

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
    EntityManager em;

    @Inject
    AllowedActions actions;

    @GET
    @Transactional
    public Page<QueueItem> queue(
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        // The submission's event in the change feed links the review and reconciliation recorded for it; one query
        // for the page.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.id, d.id, d.code, d.name, b.fiscal_year, b.approved_revision + 1, b.submitted_at,
                       e.review_run_id, rv.warning_count, e.reconciliation_run_id, rc.outcome
                  FROM budget b
                  JOIN department d ON d.id = b.department_id
                  LEFT JOIN LATERAL (SELECT (ev.data->>'reviewRunId')::uuid AS review_run_id,
                                            (ev.data->>'reconciliationRunId')::uuid AS reconciliation_run_id
                                       FROM change_event ev WHERE ev.budget_id = b.id AND ev.type = 'budget.submitted'
                                      ORDER BY ev.seq DESC LIMIT 1) e ON true
                  LEFT JOIN check_run rv ON rv.id = e.review_run_id
                  LEFT JOIN check_run rc ON rc.id = e.reconciliation_run_id
                 WHERE b.status = 'SUBMITTED'
                 ORDER BY b.submitted_at, b.id
                """)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM budget WHERE status = 'SUBMITTED'")
                        .getSingleResult())
                .longValue();
        return request.toPage(
                rows,
                total,
                r -> new QueueItem(
                        (UUID) r[0],
                        new BudgetView.DepartmentRef((UUID) r[1], (String) r[2], (String) r[3]),
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue(),
                        toOffset(r[6]),
                        (UUID) r[7],
                        r[8] == null ? 0 : ((Number) r[8]).longValue(),
                        (UUID) r[9],
                        (String) r[10],
                        // Every queued table is SUBMITTED; its working revision is one past the approved ones.
                        actions.allowed(new TableActions.State(
                                (String) r[2], BudgetStatus.SUBMITTED, ((Number) r[5]).intValue() - 1))),
                uri);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
