package org.budgetperf.reconciliation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.budgetperf.budget.TableDocument;
import org.budgetperf.reconciliation.domain.ReconciliationOutcome;
import org.budgetperf.shared.web.InputValidator;

/** {@code /api/v1/reconciliation-previews}: the reconciliation of a table that is not stored; nothing is recorded. */
@Path("/api/v1/reconciliation-previews")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReconciliationPreviewResource {

    @Inject
    Reconciler reconciler;

    @Inject
    InputValidator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReconciliationOutcome preview(TableDocument table) {
        return reconciler.run(TableDocument.required(table).toTable(validator));
    }
}
