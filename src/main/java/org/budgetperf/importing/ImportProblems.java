package org.budgetperf.importing;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemResponses;
import org.budgetperf.shared.problem.Violation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A file that cannot be read as a table answers with the problem of its reason, naming where in the file. */
public class ImportProblems {

    @ServerExceptionMapper
    public Response unimportable(TableImportException e, UriInfo uri) {
        ProblemCode code = switch (e.reason()) {
            case LIMIT_EXCEEDED -> ProblemCode.IMPORT_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> ProblemCode.IMPORT_UNSUPPORTED_FORMAT;
            case ENCRYPTED -> ProblemCode.IMPORT_ENCRYPTED;
            case MALFORMED_FILE -> ProblemCode.IMPORT_UNREADABLE;
            case NOT_A_TARGET_TABLE -> ProblemCode.IMPORT_NOT_A_TABLE;
        };
        return ProblemResponses.of(
                code,
                e.getMessage(),
                ProblemResponses.instance(uri),
                List.of(new Violation(e.location() == null ? "" : e.location(), "file", e.getMessage())),
                Map.of());
    }
}
