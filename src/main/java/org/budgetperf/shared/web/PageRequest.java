package org.budgetperf.shared.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * Validated paging query parameters and the page document built from them.
 *
 * <p>Lists held in full or bounded by one table (tasks, indicators, frameworks, weight sets, revisions) are paged by
 * {@code page}/{@code size} with exact totals ({@link #toPage}). Lists that grow without bound (budgets,
 * departments, history, check runs, the review queue) also take {@code cursor} and {@code includeTotal} and are paged
 * by {@link ListQuery}.
 *
 * @param page zero-based page
 * @param size items per page, capped by the operation's maximum
 * @param cursor the {@code cursor} sent, still encoded (only the list knows its scope); null when absent
 * @param includeTotal whether the caller asked for an exact {@code totalItems}
 * @param pageGiven whether the caller sent {@code page}: offset paging, with page-numbered links as always
 */
public record PageRequest(int page, int size, String cursor, boolean includeTotal, boolean pageGiven) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest(int page, int size) {
        this(page, size, null, false, true);
    }

    /** Reads the query parameters; out-of-range values are a 400 naming the parameter. */
    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        Integer p = QueryParams.integer("page", page, 0, 1_000_000);
        Integer s = QueryParams.integer("size", size, 1, maxSize);
        return new PageRequest(p == null ? 0 : p, s == null ? defaultSize : s, null, false, p != null);
    }

    public static PageRequest of(String page, String size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    /**
     * The paging parameters of a list paged by {@link ListQuery}: {@code page} or {@code cursor} (not both: a 400
     * naming {@code cursor}), {@code size} and {@code includeTotal}.
     */
    public static PageRequest of(String page, String size, String cursor, String includeTotal) {
        PageRequest offset = of(page, size);
        boolean total = QueryParams.flag("includeTotal", includeTotal);
        if (cursor == null || cursor.isEmpty()) {
            return new PageRequest(offset.page, offset.size, null, total, offset.pageGiven);
        }
        if (offset.pageGiven) {
            throw Cursor.invalid("cannot be combined with page: a cursor says where its page starts");
        }
        return new PageRequest(0, offset.size, cursor, total, false);
    }

    public int offset() {
        return page * size;
    }

    /** The page of a list held whole in memory (small catalogues read once: frameworks, weight sets). */
    public <E, T> Page<T> ofAll(List<E> all, Function<E, T> mapper, UriInfo uri) {
        List<E> slice = all.subList(Math.min(offset(), all.size()), Math.min(offset() + size, all.size()));
        return toPage(slice, all.size(), mapper, uri);
    }

    /** Builds the page document, with links that keep the caller's other query parameters. */
    public <E, T> Page<T> toPage(List<E> rows, long total, Function<E, T> mapper, UriInfo uri) {
        int totalPages = pages(total);
        String next = page + 1 < totalPages ? link(uri, page + 1) : null;
        String prev = page > 0 ? link(uri, Math.min(page - 1, Math.max(totalPages - 1, 0))) : null;
        return new Page<>(
                rows.stream().map(mapper).toList(),
                page,
                size,
                total,
                totalPages,
                new Page.PageLinks(link(uri, page), next, prev));
    }

    int pages(long total) {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    String link(UriInfo uri, int targetPage) {
        java.net.URI built = uri.getRequestUriBuilder()
                .replaceQueryParam("page", targetPage)
                .replaceQueryParam("size", size)
                .build();
        return built.getRawPath() + "?" + built.getRawQuery();
    }
}
