package org.budgetperf.importing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.ProblemResponses;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A file that cannot be read as a table answers with the problem of its reason, naming where in the file. */
public class ImportProblems {

    @ServerExceptionMapper
    public Response unimportable(TableImportException e, ContainerRequestContext request) {
        ProblemCode code = switch (e.reason()) {
            case LIMIT_EXCEEDED -> ProblemCode.IMPORT_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> ProblemCode.IMPORT_UNSUPPORTED_FORMAT;
            case ENCRYPTED -> ProblemCode.IMPORT_ENCRYPTED;
            case MALFORMED_FILE -> ProblemCode.IMPORT_UNREADABLE;
            case NOT_A_TARGET_TABLE -> ProblemCode.IMPORT_NOT_A_TABLE;
        };
        ViolationCode violation = switch (e.reason()) {
            case LIMIT_EXCEEDED -> ViolationCode.FILE_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> ViolationCode.FILE_FORMAT_UNSUPPORTED;
            case ENCRYPTED -> ViolationCode.FILE_ENCRYPTED;
            case MALFORMED_FILE -> ViolationCode.FILE_UNREADABLE;
            case NOT_A_TARGET_TABLE -> ViolationCode.NOT_THE_EXPECTED_FORM;
        };
        // The readers write their refusals in both languages.
        Text reason = Text.of(e.messageEn(), e.messageZh());
        return ProblemResponses.of(
                new ProblemException(
                        code,
                        reason,
                        List.of(Violation.file(e.location() == null ? "" : e.location(), violation, reason))),
                request);
    }
}
