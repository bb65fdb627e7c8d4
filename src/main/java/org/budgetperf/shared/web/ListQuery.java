package org.budgetperf.shared.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.sql.DirectReads;

/**
 * The one paging mechanism of the lists that grow without bound: budgets, departments, history, check runs and the
 * review queue. A list names its table, its filters and its sort order; this class writes the SQL and the page.
 *
 * <p><b>Keyset pages.</b> A page is read in two steps within one statement: the keys of the page's rows (the sort
 * columns and the id) are read from the list's table alone, as a range of an index that starts right after the
 * cursor's row, then only those rows are joined with whatever the items show. A page therefore costs the same at
 * any depth. Rows after a cursor are those whose first differing sort key comes later; with sort keys in mixed
 * directions (newest year first, then creation order) that is one range per run of keys of the same direction, each
 * an index range of its own, merged in order ({@code UNION ALL} of row comparisons).
 *
 * <p><b>Offset pages.</b> A request with {@code page} is answered as before (page-numbered links), with its offset
 * walked over the same key-only index range.
 *
 * <p><b>Totals.</b> Counting every matching row costs as much as reading them all, so {@code totalItems} is exact
 * only when asked ({@code includeTotal=true}, one count) or when the answer shows it anyway: a last page reached by
 * offset. Otherwise it is an estimate, flagged {@code totalIsEstimate}: on a page with a next page the planner's
 * estimate of the matching rows, never less than the items up to this page plus one (reused for a few seconds for
 * the same filters as the caller gave them and the same visibility: {@link DirectReads#plannedRows}); on a last page
 * reached by a cursor the items walked. A page is one statement, plus one for the count when asked, or for an
 * estimate not planned in the last seconds.
 *
 * @param <E> what a row of the list is read into
 */
public final class ListQuery<E> {

    /** A column a list may be ordered by: its name in {@code sort}, its SQL, its type and the value of a read row. */
    public record SortField<E>(String name, String column, Cursor.KeyType type, Function<E, Object> value) {}

    /** One key of a sort order. */
    public record SortKey<E>(SortField<E> field, boolean descending) {

        String sort() {
            return (descending ? "-" : "") + field.name();
        }
    }

    /**
     * How the rows of a page are read, given the page's keys as a derived table {@code p}, the order of the page in
     * terms of {@code p}, and the values of the {@code :name}s both use.
     */
    public interface Fetch<E> {
        List<E> rows(String keys, String order, Map<String, Object> parameters);
    }

    private static final int MAX_SORT_KEYS = 4;

    private final String list;
    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final StringBuilder scope = new StringBuilder();
    // The conditions that are not the caller's filters (visibility, owner) with their values: with the filters as
    // the caller gave them, what identifies an estimate (a filter's bound value may change with each request).
    private final StringBuilder conditionValues = new StringBuilder();
    private List<SortKey<E>> order = List.of();

    private ListQuery(String list, String from) {
        this.list = list;
        this.from = from;
    }

    /**
     * A list read from one table.
     *
     * @param list the list's name: a cursor of one list is refused by every other
     * @param from the table and its alias, e.g. {@code budget b}; sort columns and conditions refer to the alias
     */
    public static <E> ListQuery<E> of(String list, String from) {
        return new ListQuery<>(list, from);
    }

    /**
     * A filter the caller chose: skipped when {@code value} is null or empty; part of the scope a cursor is bound to.
     *
     * @param name the query parameter, also the SQL parameter {@code :name} the condition may use
     * @param value the value as the caller gave it (normalised), bound as {@code :name}
     */
    public ListQuery<E> filter(String name, Object value, String condition) {
        return filter(name, value, condition, value);
    }

    /** {@link #filter} binding another value than the one that identifies the filter (e.g. a LIKE pattern). */
    public ListQuery<E> filter(String name, Object value, String condition, Object bound) {
        if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
            return this;
        }
        scope.append('|').append(name).append('=').append(value);
        return bind(condition, name, bound);
    }

    /** A condition that is not the caller's choice (the caller's visibility, the owner of a history). */
    public ListQuery<E> where(String condition, String parameter, Object value) {
        conditionValues.append('|').append(condition).append('=').append(value);
        return bind(condition, parameter, value);
    }

    private ListQuery<E> bind(String condition, String parameter, Object value) {
        conditions.add(condition);
        if (parameter != null && condition.contains(":" + parameter)) {
            parameters.put(parameter, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    public ListQuery<E> where(String condition) {
        return where(condition, null, null);
    }

    /** The order of the list; its last key must be the row's unique id (its SQL alias in the keys is {@code id}). */
    public ListQuery<E> orderBy(List<SortKey<E>> keys) {
        this.order = List.copyOf(keys);
        return this;
    }

    /**
     * Reads {@code sort} (comma-separated field names, {@code -} before a name for descending, repeatable) against an
     * allow-list; anything else is a 400 naming {@code sort}. The id follows the last key's direction, so every order
     * is total.
     */
    public static <E> List<SortKey<E>> sort(
            List<String> values, List<SortField<E>> allowed, List<SortKey<E>> defaultOrder, SortField<E> id) {
        List<String> names = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                for (String part : value.split(",", -1)) {
                    names.add(part.strip());
                }
            }
        }
        if (names.isEmpty()) {
            return defaultOrder;
        }
        List<String> allowedNames = allowed.stream().map(SortField::name).toList();
        if (names.size() > MAX_SORT_KEYS) {
            throw invalidSort(ViolationCode.TOO_MANY_ITEMS, Messages.SORT_TOO_MANY.of(MAX_SORT_KEYS, allowedNames));
        }
        List<SortKey<E>> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            boolean descending = name.startsWith("-");
            String field = descending ? name.substring(1) : name;
            SortField<E> match = allowed.stream()
                    .filter(f -> f.name().equals(field))
                    .findFirst()
                    .orElseThrow(() -> invalidSort(
                            ViolationCode.INVALID_ENUM,
                            Messages.SORT_UNKNOWN_FIELD.of(QueryParams.shown(name), allowedNames)));
            if (!seen.add(field)) {
                throw invalidSort(ViolationCode.DUPLICATE, Messages.SORT_FIELD_TWICE.of(field, allowedNames));
            }
            keys.add(new SortKey<>(match, descending));
        }
        keys.add(new SortKey<>(id, keys.get(keys.size() - 1).descending()));
        return List.copyOf(keys);
    }

    private static ProblemException invalidSort(ViolationCode code, Text message) {
        return ProblemException.invalid(Violation.query("sort", code, message));
    }

    /**
     * The page the request asks for, its items shown by {@code view}. The total or its estimate is read through
     * {@code reads}: outside a transaction each statement takes a pooled connection of its own, inside one the
     * transaction's.
     */
    public <T> Page<T> page(DirectReads reads, PageRequest request, Fetch<E> fetch, Function<E, T> view, UriInfo uri) {
        if (order.isEmpty()) {
            throw new IllegalStateException("list " + list + " has no order");
        }
        String fingerprint = Cursor.fingerprint(scope());
        Cursor.Position after = request.cursor() == null
                ? null
                : Cursor.decode(
                        request.cursor(),
                        fingerprint,
                        order.stream().map(k -> k.field().type()).toList());
        long offset = after != null ? after.offset() : request.offset();

        Map<String, Object> bound = new LinkedHashMap<>(parameters);
        String limit = limit(request.size() + 1, bound);
        String keys;
        if (after == null) {
            keys = keySelect(null) + " ORDER BY " + orderSql(null) + limit;
            if (request.offset() > 0) {
                // Bound, not written: each offset written in would be a statement of its own in every cache.
                bound.put("pageOffset", request.offset());
                keys += " OFFSET :pageOffset";
            }
        } else {
            for (int i = 0; i < order.size(); i++) {
                bound.put("after" + i, after.keys().get(i));
            }
            keys = keysAfter(limit);
        }
        List<E> rows = new ArrayList<>(fetch.rows("(" + keys + ") p", orderSql("p"), bound));
        boolean hasNext = rows.size() > request.size();
        if (hasNext) {
            rows = rows.subList(0, request.size());
        }

        long total;
        boolean estimate;
        boolean lastByOffset = !hasNext && after == null && (!rows.isEmpty() || offset == 0);
        if (request.includeTotal() || (!hasNext && after == null && !lastByOffset)) {
            // Asked for, or a page beyond the end, whose offset says nothing of the total.
            total = count(reads);
            estimate = false;
        } else if (lastByOffset) {
            total = offset + rows.size();
            estimate = false;
        } else if (!hasNext) {
            total = offset + rows.size();
            estimate = true;
        } else {
            total = Math.max(
                    offset + rows.size() + 1,
                    reads.plannedRows("SELECT 1 FROM " + from + where(), parameters, list + scope + conditionValues));
            estimate = true;
        }

        String nextCursor =
                hasNext ? Cursor.encode(fingerprint, keyValues(rows.get(rows.size() - 1)), offset + rows.size()) : null;
        int page = (int) Math.min(Integer.MAX_VALUE, offset / request.size());
        int totalPages = request.pages(total);
        Page.PageLinks links;
        if (request.pageGiven()) {
            String next = hasNext ? request.link(uri, page + 1) : null;
            String prev = page > 0
                    ? request.link(uri, estimate ? page - 1 : Math.min(page - 1, Math.max(totalPages - 1, 0)))
                    : null;
            links = new Page.PageLinks(request.link(uri, page), next, prev);
        } else {
            links = new Page.PageLinks(
                    cursorLink(uri, request.size(), request.cursor()),
                    nextCursor == null ? null : cursorLink(uri, request.size(), nextCursor),
                    null);
        }
        return new Page<>(
                rows.stream().map(view).toList(), page, request.size(), total, totalPages, estimate, nextCursor, links);
    }

    /** Reads the rows of a page as entities mapped to {@code table}, whose id column is {@code id}. */
    public static <E> Fetch<E> entities(EntityManager em, Class<E> type, String table) {
        return (keys, order, parameters) -> {
            Query q = em.createNativeQuery(
                    "SELECT e.* FROM " + keys + " JOIN " + table + " e ON e.id = p.id ORDER BY " + order, type);
            parameters.forEach(q::setParameter);
            @SuppressWarnings("unchecked")
            List<E> rows = q.getResultList();
            return rows;
        };
    }

    /**
     * Reads the rows of a page with one JDBC statement, outside Hibernate: {@code select} is everything before
     * {@code FROM}, {@code joins} everything after the page's keys {@code p} (joins to the list's tables by
     * {@code p.id}). The hot lists read this way: a page through a Hibernate native query and a JTA transaction cost
     * more than its SQL (profile in docs/benchmarks.md, "Deep pages").
     */
    public static <E> Fetch<E> rows(DirectReads reads, String select, String joins, DirectReads.RowMapper<E> mapper) {
        return (keys, order, parameters) ->
                reads.list(select + " FROM " + keys + " " + joins + " ORDER BY " + order, parameters, mapper);
    }

    /**
     * The LIKE pattern of "contains this text", lower-cased, with the caller's {@code %}, {@code _} and backslash
     * taken literally; for a condition {@code lower(column) LIKE :name ESCAPE} backslash.
     */
    public static String containsPattern(String fragment) {
        String escaped = fragment.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private String scope() {
        return list + scope + "|sort="
                + String.join(",", order.stream().map(SortKey::sort).toList());
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private String keySelect(String extra) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            columns.add(order.get(i).field().column() + " AS " + alias(i));
        }
        String where = where();
        if (extra != null) {
            where = where.isEmpty() ? " WHERE " + extra : where + " AND " + extra;
        }
        return "SELECT " + String.join(", ", columns) + " FROM " + from + where;
    }

    private String alias(int i) {
        return i == order.size() - 1 ? "id" : "k" + i;
    }

    private String orderSql(String table) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            SortKey<E> key = order.get(i);
            String column = table == null ? key.field().column() : table + "." + alias(i);
            parts.add(column + (key.descending() ? " DESC" : ""));
        }
        return String.join(", ", parts);
    }

    /**
     * The keys of the rows after the cursor: one index range per run of sort keys of the same direction, the earlier
     * keys equal to the cursor's, the run's keys after the cursor's as a row comparison; the ranges follow each other
     * in the list's order.
     */
    private String keysAfter(String limit) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        while (start < order.size()) {
            int end = start;
            while (end + 1 < order.size()
                    && order.get(end + 1).descending() == order.get(start).descending()) {
                end++;
            }
            List<String> condition = new ArrayList<>();
            for (int i = 0; i < start; i++) {
                condition.add(order.get(i).field().column() + " = :after" + i);
            }
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i = start; i <= end; i++) {
                columns.add(order.get(i).field().column());
                values.add(":after" + i);
            }
            String op = order.get(start).descending() ? " < " : " > ";
            condition.add(
                    columns.size() == 1
                            ? columns.get(0) + op + values.get(0)
                            : "(" + String.join(", ", columns) + ")" + op + "(" + String.join(", ", values) + ")");
            ranges.add(keySelect(String.join(" AND ", condition)) + " ORDER BY " + orderSql(null) + limit);
            start = end + 1;
        }
        if (ranges.size() == 1) {
            return ranges.get(0);
        }
        return "SELECT * FROM ("
                + String.join(
                        " UNION ALL ", ranges.stream().map(r -> "(" + r + ")").toList()) + ") ranges ORDER BY "
                + orderSql("ranges") + limit;
    }

    /**
     * A page's LIMIT, written into the statement when nothing but the cursor's keys is bound. PostgreSQL gives a
     * prepared statement's first five runs plans for their values, then weighs one generic plan for all values; for a
     * bound LIMIT that generic plan assumes a tenth of the table (on 100,000 budgets it scanned them all, 28 ms instead
     * of 0.4), so every page was planned anew, which cost as much as running it. Written in (an int the request
     * validated), the statement of an unfiltered list's first and cursor pages is planned once per connection, and
     * its generic plan is the custom one: the index of the list's order, read from the cursor on. A caller's filter
     * (or a visibility condition) keeps the LIMIT bound, as {@code pageLimit} in {@code bound}: a generic plan cannot
     * see how selective a value is (for a recent {@code updatedSince} it walked all 100,001 rows), so those pages keep
     * plans for their values. Figures: docs/benchmarks.md, "page statements planned once".
     */
    private String limit(int rows, Map<String, Object> bound) {
        if (parameters.isEmpty()) {
            return " LIMIT " + rows;
        }
        bound.put("pageLimit", rows);
        return " LIMIT :pageLimit";
    }

    private List<Object> keyValues(E row) {
        List<Object> values = new ArrayList<>(order.size());
        for (SortKey<E> key : order) {
            Object value = key.field().value().apply(row);
            values.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return values;
    }

    private long count(DirectReads reads) {
        return reads.list("SELECT count(*) FROM " + from + where(), parameters, row -> row.getLong(1))
                .get(0);
    }

    private String cursorLink(UriInfo uri, int size, String cursor) {
        jakarta.ws.rs.core.UriBuilder builder =
                uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("size", size);
        builder = cursor == null
                ? builder.replaceQueryParam(Cursor.PARAMETER)
                : builder.replaceQueryParam(Cursor.PARAMETER, cursor);
        java.net.URI built = builder.build();
        return built.getRawQuery() == null ? built.getRawPath() : built.getRawPath() + "?" + built.getRawQuery();
    }
}
