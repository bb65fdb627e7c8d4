package org.budgetperf.library;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/indicator-library} and {@code /api/v1/budgets/{id}/indicator-suggestions}, as in the contract. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorLibraryResource {

    private static final int MAX_TEXT = 500;

    @Inject
    IndicatorLibrary library;

    @Inject
    BudgetService budgets;

    @GET
    @Path("indicator-library")
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
        return found(filter, PageRequest.of(page, size), uri);
    }

    /**
     * Library entries for a table being edited: indicators of other tables under the same framework, ranked by how
     * similar their names are to what the clerk typed.
     */
    @GET
    @Path("budgets/{id}/indicator-suggestions")
    public LibraryPage suggestions(
            @PathParam("id") UUID id,
            @QueryParam("name") String name,
            @QueryParam("level2") String level2,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        String fragment = QueryParams.text("name", name, MAX_TEXT);
        if (fragment == null) {
            throw new ProblemException(
                    ProblemCode.VALIDATION_FAILED,
                    "name is required",
                    List.of(Violation.query("name", "the name typed so far is required")));
        }
        Budget budget = budgets.get(id);
        LibraryFilter filter = new LibraryFilter(
                fragment,
                null,
                QueryParams.text("level2", level2, 100),
                null,
                null,
                null,
                null,
                budget.frameworkCode,
                budget.id);
        return found(filter, PageRequest.of(page, size), uri);
    }

    private LibraryPage found(LibraryFilter filter, PageRequest request, UriInfo uri) {
        IndicatorLibrary.Found found = library.search(filter, request);
        return LibraryPage.of(request.toPage(found.hits(), found.total(), hit -> hit, uri), found.facets());
    }
}
