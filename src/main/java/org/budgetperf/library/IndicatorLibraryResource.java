package org.budgetperf.library;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/indicator-library}, as in the contract. */
@Path("/api/v1/indicator-library")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorLibraryResource {

    static final int MAX_TEXT = 500;

    @Inject
    IndicatorLibrary library;

    @GET
    public LibraryPage search(
            @QueryParam("name") String name,
            @QueryParam("level1") String level1,
            @QueryParam("level2") String level2,
            @QueryParam("unit") String unit,
            @QueryParam("operator") String operator,
            @QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        Operator op = QueryParams.enumValue("operator", operator, Operator.class);
        LibraryFilter filter = new LibraryFilter(
                QueryParams.text("name", name, MAX_TEXT),
                QueryParams.text("level1", level1, 100),
                QueryParams.text("level2", level2, 100),
                QueryParams.text("unit", unit, 100),
                op == null ? null : op.symbol(),
                QueryParams.integer("fiscalYear", fiscalYear, 2000, 2100),
                QueryParams.uuid("departmentId", departmentId),
                null,
                null);
        return library.page(filter, PageRequest.of(page, size), uri);
    }
}
