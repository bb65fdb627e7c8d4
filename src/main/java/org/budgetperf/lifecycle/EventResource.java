package org.budgetperf.lifecycle;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.budgetperf.shared.events.EventFeed;
import org.budgetperf.shared.events.EventSignal;
import org.budgetperf.shared.events.EventTypes;
import org.budgetperf.shared.events.FeedEvent;
import org.budgetperf.shared.events.FeedQuery;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.QueryParams;

/**
 * {@code /api/v1/events}: the change feed, every state change in commit order, durable, so integrators need not poll
 * the tables. Read with {@code after} = the {@code lastSeq} of the previous read (or follow {@code next}); filter by
 * type, department and year; {@code wait} holds the request open until an event arrives (a long poll that holds no
 * thread and no database connection while it waits). Department editors see their own departments' events.
 *
 * <p>The feed's {@code items} are what it carried before: the lifecycle transitions among the events, in their old
 * form. They are deprecated ({@code Deprecation} and {@code Sunset} headers) and go away at {@link #SUNSET}.
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EventResource {

    /** A slice of the feed and the link to the next one. */
    public record Feed(List<FeedEvent> events, long lastSeq, String next, List<TransitionView> items) {}

    /** The longest a long poll waits, in seconds. */
    public static final int MAX_WAIT = 30;

    /** Filters a request may name at once. */
    static final int MAX_TYPES = 20;

    /** When {@code items} was deprecated, and when it goes away. */
    static final ZonedDateTime DEPRECATED = ZonedDateTime.of(2026, 12, 10, 0, 0, 0, 0, ZoneOffset.UTC);

    static final ZonedDateTime SUNSET = ZonedDateTime.of(2027, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    EventFeed feed;

    @Inject
    EventSignal signal;

    @Inject
    Caller caller;

    @GET
    @Blocking
    public Uni<Response> events(
            @QueryParam("after") String after,
            @QueryParam("limit") String limit,
            @QueryParam("type") List<String> types,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("departmentCode") String departmentCode,
            @QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("wait") String wait,
            @Context UriInfo uri) {
        Long from = QueryParams.longInteger("after", after, 0, Long.MAX_VALUE);
        Integer max = QueryParams.integer("limit", limit, 1, 500);
        Integer seconds = QueryParams.integer("wait", wait, 0, MAX_WAIT);
        UUID department = QueryParams.uuid("departmentId", departmentId);
        String code = QueryParams.text("departmentCode", departmentCode, 64);
        Integer year = QueryParams.integer("fiscalYear", fiscalYear, 2000, 2100);
        FeedQuery query = new FeedQuery(
                from == null ? 0 : from,
                max == null ? 100 : max,
                EventTypes.Selection.of(types(types)),
                department,
                code,
                year,
                caller.readsAllTables() ? null : caller.editedDepartments());
        URI request = uri.getRequestUri();
        EventFeed.Slice first = feed.read(query);
        if (!first.events().isEmpty() || seconds == null || seconds == 0) {
            return Uni.createFrom().item(answer(first, request));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        return await(query, first.lastSeq(), deadline).map(slice -> answer(slice, request));
    }

    /**
     * Waits until the feed passes {@code position}, then reads what came; reads again whenever it moved on with
     * nothing for this reader, until the deadline. Between reads nothing is held: no thread, no connection.
     */
    private Uni<EventFeed.Slice> await(FeedQuery query, long position, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return Uni.createFrom().item(new EventFeed.Slice(List.of(), position));
        }
        return signal.beyond(position, Duration.ofNanos(remaining))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .chain(moved -> {
                    if (moved == null) {
                        return Uni.createFrom().item(new EventFeed.Slice(List.of(), position));
                    }
                    EventFeed.Slice slice = feed.read(query.after(position));
                    return slice.events().isEmpty()
                            ? await(query, slice.lastSeq(), deadline)
                            : Uni.createFrom().item(slice);
                });
    }

    private static Response answer(EventFeed.Slice slice, URI request) {
        URI nextUri = UriBuilder.fromUri(request)
                .replaceQueryParam("after", slice.lastSeq())
                .build();
        String next = nextUri.getRawPath() + "?" + nextUri.getRawQuery();
        List<TransitionView> items = slice.events().stream()
                .map(TransitionView::of)
                .filter(Objects::nonNull)
                .toList();
        return Response.ok(new Feed(slice.events(), slice.lastSeq(), next, items))
                .header("Deprecation", "@" + DEPRECATED.toEpochSecond())
                .header("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(SUNSET))
                .build();
    }

    private static List<String> types(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String t : given) {
            if (t == null || t.isEmpty()) {
                continue;
            }
            if (!EventTypes.validFilter(t)) {
                throw new ProblemException(
                        ProblemCode.VALIDATION_FAILED,
                        "type must be an event type (budget.approved), a family of them (indicator.*) or *",
                        List.of(Violation.query("type", "not an event type or a family of them (indicator.*)")));
            }
            types.add(t);
        }
        if (types.size() > MAX_TYPES) {
            throw new ProblemException(
                    ProblemCode.VALIDATION_FAILED,
                    "at most " + MAX_TYPES + " type filters",
                    List.of(Violation.query("type", "at most " + MAX_TYPES)));
        }
        return types;
    }
}
