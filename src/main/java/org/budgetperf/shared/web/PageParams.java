package org.budgetperf.shared.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * The paging query parameters of a list paged by {@link ListQuery} ({@code page}, {@code size}, {@code cursor},
 * {@code includeTotal}) and the request's URI its links are built from: one {@code @BeanParam} for every such list.
 */
public class PageParams {

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @QueryParam(Cursor.PARAMETER)
    String cursor;

    @QueryParam("includeTotal")
    String includeTotal;

    @Context
    UriInfo uri;

    /** The validated request; a 400 naming the parameter when one is invalid. */
    public PageRequest request() {
        return PageRequest.of(page, size, cursor, includeTotal);
    }

    public UriInfo uri() {
        return uri;
    }
}
