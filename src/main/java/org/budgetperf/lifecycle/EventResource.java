package org.budgetperf.lifecycle;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.QueryParams;

/**
 * {@code /api/v1/events}: every lifecycle transition in order, durable, so integrators need not poll
 * the tables. Read with {@code after} = the last {@code seq} seen; {@code next} is the link to follow.
 * Department editors see their own departments' events.
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EventResource {

    /** A slice of the feed and the link to the next one. */
    public record Feed(List<TransitionView> items, long lastSeq, String next) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @GET
    @Transactional
    public Feed events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Integer given = QueryParams.integer("after", after, 0, Integer.MAX_VALUE);
        long from = given == null ? 0 : given;
        Integer max = QueryParams.integer("limit", limit, 1, 500);
        String jpql = "SELECT e FROM BudgetEvent e WHERE e.seq > :after"
                + (caller.readsAllTables() ? "" : " AND e.departmentCode IN :codes") + " ORDER BY e.seq";
        TypedQuery<BudgetEvent> q = em.createQuery(jpql, BudgetEvent.class)
                .setParameter("after", from)
                .setMaxResults(max == null ? 100 : max);
        if (!caller.readsAllTables()) {
            q.setParameter("codes", caller.editedDepartmentsForQuery());
        }
        List<TransitionView> items =
                q.getResultList().stream().map(TransitionView::of).toList();
        long last = items.isEmpty() ? from : items.get(items.size() - 1).seq();
        return new Feed(items, last, "/api/v1/events?after=" + last + (max == null ? "" : "&limit=" + max));
    }
}
