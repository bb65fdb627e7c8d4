package org.budgetperf.shared.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.web.ETags;

/**
 * Reads the change feed. Plain JDBC, one short statement at a time outside any transaction, so a reader holds no
 * connection between reads (a long poll waits without one) and the feed can be read from any thread.
 *
 * <p>Why a reader never misses an event: seq is assigned at commit under one row lock ({@link EventOutbox}), so when
 * {@code event_counter.last_seq} reads n, every event up to n has been committed and no event up to n can appear
 * later. {@link #read} reads n first, then the events in (after, n]: whatever it returns, and the {@code lastSeq} it
 * answers, is final.
 */
@ApplicationScoped
public class EventFeed {

    private static final String COLUMNS = "seq, id, type, occurred_at, actor, resource_type, resource_id, self_link,"
            + " budget_id, department_id, department_code, fiscal_year, table_version, data::text";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /** The feed's position: the last seq committed, and the last one purged (retention). */
    public record Position(long lastSeq, long purgedThrough) {}

    /**
     * A slice of the feed.
     *
     * @param events what the query asked for after {@code after}, oldest first
     * @param lastSeq where to read on from: the last event's seq when the slice is full, else the feed's position when
     *     it was read (events the reader does not see or did not ask for are passed, never skipped)
     */
    public record Slice(List<FeedEvent> events, long lastSeq) {}

    public Position position() {
        try (Connection c = dataSource.getConnection()) {
            return position(c);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The events a query asks for after its {@code after}; 410 when some of them have been purged. */
    public Slice read(FeedQuery q) {
        try (Connection c = dataSource.getConnection()) {
            Position position = position(c);
            if (q.after() > 0 && q.after() < position.purgedThrough()) {
                throw new ProblemException(
                        ProblemCode.EVENTS_PURGED,
                        "the events up to seq " + position.purgedThrough() + " are no longer kept (retention); read"
                                + " from after=" + position.purgedThrough() + " on, and resynchronise what came before"
                                + " from the resources themselves",
                        List.of(Violation.query("after", "events up to " + position.purgedThrough() + " were purged")));
            }
            if (q.after() >= position.lastSeq()) {
                return new Slice(List.of(), q.after());
            }
            StringBuilder sql =
                    new StringBuilder("SELECT " + COLUMNS + " FROM change_event WHERE seq > ? AND seq <= ?");
            List<Object> params = new ArrayList<>(List.of(q.after(), position.lastSeq()));
            sql.append(typeCondition(c, q.types(), params));
            if (q.departmentId() != null) {
                sql.append(" AND department_id = ?");
                params.add(q.departmentId());
            }
            if (q.departmentCode() != null) {
                sql.append(" AND department_code = ?");
                params.add(q.departmentCode());
            }
            if (q.fiscalYear() != null) {
                sql.append(" AND fiscal_year = ?");
                params.add(q.fiscalYear());
            }
            if (q.visibleCodes() != null) {
                sql.append(" AND department_code = ANY (?)");
                params.add(c.createArrayOf("varchar", q.visibleCodes().toArray()));
            }
            sql.append(" ORDER BY seq LIMIT ?");
            params.add(q.limit());
            List<FeedEvent> events = query(c, sql.toString(), params);
            long last =
                    events.size() == q.limit() ? events.get(events.size() - 1).seq() : position.lastSeq();
            return new Slice(events, last);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** One event by seq, if still kept. */
    public Optional<FeedEvent> bySeq(long seq) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, "SELECT " + COLUMNS + " FROM change_event WHERE seq = ?", List.of(seq)).stream()
                    .findFirst();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Reads events on a connection the caller holds (the webhook dispatcher, inside its own transaction). */
    public List<FeedEvent> read(Connection c, String where, List<Object> params, int limit) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        return query(c, "SELECT " + COLUMNS + " FROM change_event WHERE " + where + " ORDER BY seq LIMIT ?", all);
    }

    /** The SQL condition (with its parameters added) that selects the types asked for; empty for every type. */
    public static String typeCondition(Connection c, EventTypes.Selection types, List<Object> params)
            throws SQLException {
        if (types == null) {
            return "";
        }
        params.add(c.createArrayOf("varchar", types.exact().toArray()));
        params.add(c.createArrayOf(
                "varchar", types.prefixes().stream().map(p -> p + "%").toArray()));
        return " AND (type = ANY (?) OR type LIKE ANY (?))";
    }

    public static Position position(Connection c) throws SQLException {
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT last_seq, purged_through FROM event_counter WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Position(rs.getLong(1), rs.getLong(2));
        }
    }

    private List<FeedEvent> query(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<FeedEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(event(rs));
                }
            }
            return events;
        }
    }

    private FeedEvent event(ResultSet rs) throws SQLException {
        UUID budgetId = rs.getObject(9, UUID.class);
        Long version = rs.getObject(13) == null ? null : rs.getLong(13);
        Integer year = rs.getObject(12) == null ? null : rs.getInt(12);
        try {
            return new FeedEvent(
                    rs.getObject(2, UUID.class),
                    rs.getLong(1),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getString(5),
                    new FeedEvent.Resource(rs.getString(6), rs.getString(7)),
                    rs.getObject(10, UUID.class),
                    rs.getString(11),
                    year,
                    budgetId,
                    version == null ? null : ETags.of(version),
                    new FeedEvent.Links(rs.getString(8), budgetId == null ? null : EventDraft.tableLink(budgetId)),
                    mapper.readTree(rs.getString(14)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data is not JSON", e);
        }
    }

    /** A database that cannot be reached is answered as everywhere else (503, Retry-After). */
    private static RuntimeException unavailable(SQLException e) {
        return new IllegalStateException("the change feed cannot be read", e);
    }
}
