package org.budgetperf.shared.web;

import java.util.List;

/**
 * One page of a list. Lists are always paginated with a stable order so clients can walk them.
 *
 * @param items the items of this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalItems number of items over all pages
 * @param totalPages number of pages
 * @param links navigation links (self, next, prev), relative to the server root
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages, PageLinks links) {

    /** Navigation links; {@code next}/{@code prev} are null at the ends. */
    public record PageLinks(String self, String next, String prev) {}
}
