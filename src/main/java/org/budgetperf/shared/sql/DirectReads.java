package org.budgetperf.shared.sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads on the hot path that bypass Hibernate and JTA: one prepared statement on a pooled
 * connection. A cached table read's only statement cost less than the session and transaction around it
 * (JFR profile in docs/benchmarks.md), so such reads come here. Inside a caller's transaction the pool hands
 * out that transaction's connection, so the read sees what the transaction has flushed.
 *
 * <p>Every statement is counted, beside Hibernate's own statistics, so that statement-count tests see the
 * whole cost of a request.
 */
@ApplicationScoped
public class DirectReads {

    @Inject
    DataSource dataSource;

    private final AtomicLong statements = new AtomicLong();

    /** How long the planner's estimate of a query's rows is reused: it moves with ANALYZE, not with each write. */
    static final long ESTIMATE_FRESH_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** More filter sets than a service sees in ten seconds: past it, stale estimates go first, then all. */
    static final int MAX_ESTIMATES = 2_000;

    private static final Pattern PLANNED_ROWS = Pattern.compile("rows=(\\d+)");

    private record Estimate(long rows, long readAt) {}

    private final Map<String, Estimate> estimates = new ConcurrentHashMap<>();

    private final AtomicLong estimatesPlanned = new AtomicLong();

    /** Maps the current row of a result set; may throw what JDBC throws. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The first row {@code sql} returns with the given parameters, mapped; empty when there is none. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(
                sql, Arrays.asList(parameters), rows -> rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty());
    }

    /**
     * Every row {@code sql} returns, mapped; {@code sql} names its parameters ({@code :name}, collections expand as
     * in JPA: {@link NamedParameters}).
     */
    public <T> List<T> list(String sql, Map<String, ?> parameters, RowMapper<T> mapper) {
        NamedParameters bound = NamedParameters.bind(sql, parameters);
        return query(bound.sql(), bound.values(), rows -> {
            List<T> mapped = new ArrayList<>();
            while (rows.next()) {
                mapped.add(mapper.map(rows));
            }
            return mapped;
        });
    }

    /** One counted statement with positional parameters on a pooled connection; {@code reader} walks its rows. */
    private <T> T query(String sql, List<?> values, RowMapper<T> reader) {
        statements.incrementAndGet();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.map(rows);
            }
        } catch (SQLException e) {
            throw new DirectReadException(e);
        }
    }

    /**
     * The planner's estimate of how many rows {@code query} returns, without running it ({@code EXPLAIN}); 0 when it
     * has none. An estimate is reused for {@link #ESTIMATE_FRESH_NANOS} under {@code key}, which names what the rows
     * depend on as the caller asked for them (a bound value may be computed anew for each request, e.g. "older than
     * 7 days"): a list shows it as an estimate anyway, and planning it for every page cost a third of the page's
     * database time (docs/benchmarks.md).
     */
    public long plannedRows(String query, Map<String, ?> parameters, String key) {
        String cacheKey = query + '\n' + key;
        long now = System.nanoTime();
        Estimate known = estimates.get(cacheKey);
        if (known != null && now - known.readAt() < ESTIMATE_FRESH_NANOS) {
            return known.rows();
        }
        estimatesPlanned.incrementAndGet();
        List<String> plan = list("EXPLAIN " + query, parameters, row -> row.getString(1));
        Matcher m = plan.isEmpty() ? null : PLANNED_ROWS.matcher(plan.get(0));
        long rows = m != null && m.find() ? Long.parseLong(m.group(1)) : 0;
        if (estimates.size() >= MAX_ESTIMATES) {
            estimates.values().removeIf(e -> now - e.readAt() >= ESTIMATE_FRESH_NANOS);
            if (estimates.size() >= MAX_ESTIMATES) {
                estimates.clear();
            }
        }
        estimates.put(cacheKey, new Estimate(rows, now));
        return rows;
    }

    /** How many estimates were planned (not reused) since the start. */
    public long estimatesPlanned() {
        return estimatesPlanned.get();
    }

    /** How many statements were issued here since the start. */
    public long statementCount() {
        return statements.get();
    }

    /** A failed direct read; handled like any other persistence failure (503 when the database is away). */
    public static class DirectReadException extends RuntimeException {
        DirectReadException(SQLException cause) {
            super(cause);
        }
    }
}
