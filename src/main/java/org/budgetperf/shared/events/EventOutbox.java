package org.budgetperf.shared.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The events of one transaction, written when it commits. Registered as an interposed synchronization, so it runs
 * after Hibernate has flushed the transaction's changes: the context it looks up (department code, fiscal year, the
 * table's version) is the one being committed.
 *
 * <p>Numbering: the events take the next numbers of {@code event_counter} by updating its one row, as the last thing
 * their transaction does before it commits. The row lock is held until the commit, so the next writer gets its numbers
 * only after this transaction has committed (or rolled back, which gives its numbers back): seq order is commit order,
 * without gaps. This serialises commits that carry events, for the few milliseconds between this update and the
 * commit; no other lock is taken after it, so it cannot deadlock.
 */
final class EventOutbox implements Synchronization {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final EventSignal signal;
    private final List<PendingEvent> events = new ArrayList<>();
    private long lastSeq;

    EventOutbox(AgroalDataSource dataSource, ObjectMapper mapper, EventSignal signal) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.signal = signal;
    }

    void add(PendingEvent event) {
        events.add(event);
    }

    /** A table as it stands at commit. */
    private record TableContext(long version, int fiscalYear, UUID departmentId, String departmentCode) {}

    @Override
    public void beforeCompletion() {
        if (events.isEmpty()) {
            return;
        }
        // The transaction's own connection: the data source hands out the one enlisted in the transaction.
        try (Connection c = dataSource.getConnection()) {
            Map<UUID, TableContext> tables = tables(c);
            Map<UUID, String> departments = departments(c);
            long last;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE event_counter SET last_seq = last_seq + ? WHERE id = 1 RETURNING last_seq")) {
                ps.setLong(1, events.size());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
            }
            long seq = last - events.size();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO change_event (seq, id, type, occurred_at, actor,"
                            + " request_id, resource_type, resource_id, self_link, budget_id, department_id, department_code,"
                            + " fiscal_year, table_version, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                for (PendingEvent e : events) {
                    EventDraft d = e.draft();
                    TableContext table = d.budgetId() == null ? null : tables.get(d.budgetId());
                    UUID departmentId = table != null ? table.departmentId() : d.departmentId();
                    String code = table != null
                            ? table.departmentCode()
                            : departments.getOrDefault(departmentId, d.departmentCode());
                    e.seq = ++seq;
                    ps.setLong(1, e.seq);
                    ps.setObject(2, e.id());
                    ps.setString(3, d.type());
                    ps.setObject(4, e.occurredAt());
                    ps.setString(5, e.actor());
                    ps.setString(6, e.requestId());
                    ps.setString(7, d.resourceType());
                    ps.setString(8, d.resourceId());
                    ps.setString(9, d.selfLink());
                    ps.setObject(10, d.budgetId());
                    ps.setObject(11, departmentId);
                    ps.setString(12, code);
                    if (table != null || d.fiscalYear() != null) {
                        ps.setInt(13, table != null ? table.fiscalYear() : d.fiscalYear());
                    } else {
                        ps.setNull(13, Types.INTEGER);
                    }
                    if (table != null) {
                        ps.setLong(14, table.version());
                    } else {
                        ps.setNull(14, Types.BIGINT);
                    }
                    ps.setString(15, mapper.writeValueAsString(d.data()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            lastSeq = last;
        } catch (SQLException | JsonProcessingException e) {
            // Thrown here, it rolls the transaction back: a change is never committed without its event.
            throw new IllegalStateException("the change's events cannot be written", e);
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            signal.advanced(lastSeq);
        } else {
            events.forEach(e -> e.seq = 0);
        }
    }

    private Map<UUID, TableContext> tables(Connection c) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        events.stream()
                .map(e -> e.draft().budgetId())
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        Map<UUID, TableContext> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps =
                c.prepareStatement("SELECT b.id, b.version, b.fiscal_year, d.id, d.code FROM budget b"
                        + " JOIN department d ON d.id = b.department_id WHERE b.id = ANY (?)")) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(
                            rs.getObject(1, UUID.class),
                            new TableContext(
                                    rs.getLong(2), rs.getInt(3), rs.getObject(4, UUID.class), rs.getString(5)));
                }
            }
        }
        return found;
    }

    private Map<UUID, String> departments(Connection c) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        events.stream()
                .filter(e -> e.draft().budgetId() == null && e.draft().departmentId() != null)
                .forEach(e -> ids.add(e.draft().departmentId()));
        Map<UUID, String> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM department WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        return found;
    }
}
