package org.budgetperf.review;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.budgetperf.budget.TableDocument;

/** {@code /api/v1/review-previews}: the review of a table that is not stored; nothing is recorded. */
@Path("/api/v1/review-previews")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReviewPreviewResource {

    @Inject
    Reviewer reviewer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewFindingView.Result preview(TableDocument table) {
        return reviewer.preview(table);
    }
}
