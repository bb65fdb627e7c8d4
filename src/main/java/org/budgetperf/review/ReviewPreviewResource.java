package org.budgetperf.review;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.budgetperf.budget.TableDocument;
import org.budgetperf.checks.CheckService;
import org.budgetperf.review.domain.ReviewOutcome;
import org.budgetperf.shared.web.InputValidator;

/** {@code /api/v1/review-previews}: the review of a table that is not stored; nothing is recorded. */
@Path("/api/v1/review-previews")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReviewPreviewResource {

    private final Reviewer reviewer;
    private final CheckService checks;
    private final InputValidator validator;

    public ReviewPreviewResource(Reviewer reviewer, CheckService checks, InputValidator validator) {
        this.reviewer = reviewer;
        this.checks = checks;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewFindingView.Result preview(TableDocument table) {
        ReviewOutcome outcome = reviewer.ruleSet()
                .run(
                        TableDocument.required(table).toTable(validator),
                        checks.framework(TableDocument.required(table).frameworkCode()));
        return ReviewFindingView.Result.of(outcome, null, null);
    }
}
