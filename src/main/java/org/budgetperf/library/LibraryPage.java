package org.budgetperf.library;

import java.util.List;
import org.budgetperf.shared.web.Page;

/** A page of library hits, with the facets counted over every hit (not only this page's). */
public record LibraryPage(
        List<LibraryHit> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        Page.PageLinks links,
        IndicatorLibrary.Facets facets) {

    static LibraryPage of(Page<LibraryHit> page, IndicatorLibrary.Facets facets) {
        return new LibraryPage(
                page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(), page.links(), facets);
    }
}
