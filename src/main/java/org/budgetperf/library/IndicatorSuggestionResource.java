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
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/budgets/{id}/indicator-suggestions}: the library while a table is edited, as in the contract. */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorSuggestionResource {

    @Inject
    IndicatorLibrary library;

    @Inject
    BudgetService budgets;

    /**
     * Library entries for a table being edited: indicators of other tables under the same framework, ranked by how
     * similar their names are to what the clerk typed.
     */
    @GET
    @Path("{budgetId}/indicator-suggestions")
    public LibraryPage suggestions(
            @PathParam("budgetId") UUID id,
            @QueryParam("name") String name,
            @QueryParam("level2") String level2,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        String fragment = QueryParams.text("name", name, IndicatorLibraryResource.MAX_TEXT);
        if (fragment == null) {
            throw ProblemException.invalid(
                    Violation.query("name", ViolationCode.REQUIRED, Messages.NAME_TYPED_REQUIRED.of()));
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
        return library.page(filter, PageRequest.of(page, size), uri);
    }
}
