package org.budgetperf.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a list. Lists are always paginated with a stable order so clients can walk them.
 *
 * @param items the items of this page
 * @param page zero-based page number: the items before this page counted in pages of this size
 * @param size page size asked for
 * @param totalItems number of items over all pages: exact unless {@code totalIsEstimate}
 * @param totalPages number of pages, from {@code totalItems}
 * @param totalIsEstimate whether {@code totalItems} (and so {@code totalPages}) is an estimate; a list that can grow
 *     without bound counts its items exactly only when asked ({@code includeTotal=true}), see {@link ListQuery}
 * @param nextCursor the {@code cursor} of the next page (also in {@code links.next}); left out at the end and for
 *     lists without keyset paging
 * @param links navigation links (self, next, prev), relative to the server root
 */
public record Page<T>(
        List<T> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        boolean totalIsEstimate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor,
        PageLinks links) {

    /** A page whose total is exact, of a list without keyset paging. */
    public Page(List<T> items, int page, int size, long totalItems, int totalPages, PageLinks links) {
        this(items, page, size, totalItems, totalPages, false, null, links);
    }

    /** Navigation links; {@code next}/{@code prev} are null at the ends. */
    public record PageLinks(String self, String next, String prev) {}
}
