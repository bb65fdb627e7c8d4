package org.budgetperf.evaluation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.budgetperf.exchange.sheet.ImportFinding;

/**
 * What reading an uploaded form found: every value read with its cell and the request field it went to, every
 * interpretation and every difference from the approved table, in file order.
 */
public record FormImport(List<ImportFinding> findings) {

    public FormImport {
        findings = List.copyOf(findings);
    }

    /**
     * The answer to an upload: exactly what the equivalent JSON request answers (the recorded run, or the preview's
     * outcome), with the form's report beside it as {@code formImport}.
     */
    public record Answer<T>(@JsonUnwrapped T answer, FormImport formImport) {}

    /** A recorded run answered with the report beside it: the same status and {@code Location}. */
    static Response withReport(Response recorded, FormImport report) {
        return Response.fromResponse(recorded)
                .entity(new Answer<>(recorded.getEntity(), report))
                .build();
    }
}
