package org.budgetperf.shared.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * Validated {@code page}/{@code size} query parameters and the page document built from them.
 *
 * @param page zero-based page
 * @param size items per page, capped by the operation's maximum
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Reads the query parameters; out-of-range values are a 400 naming the parameter. */
    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        Integer p = QueryParams.integer("page", page, 0, 1_000_000);
        Integer s = QueryParams.integer("size", size, 1, maxSize);
        return new PageRequest(p == null ? 0 : p, s == null ? defaultSize : s);
    }

    public static PageRequest of(String page, String size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
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
        int totalPages = (int) ((total + size - 1) / size);
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

    private String link(UriInfo uri, int targetPage) {
        java.net.URI built = uri.getRequestUriBuilder()
                .replaceQueryParam("page", targetPage)
                .replaceQueryParam("size", size)
                .build();
        return built.getRawPath() + "?" + built.getRawQuery();
    }
}
