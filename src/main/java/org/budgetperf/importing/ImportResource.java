package org.budgetperf.importing;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.Idempotency;
import org.budgetperf.shared.web.MediaTypes;
import org.budgetperf.shared.web.QueryParams;

/** {@code /api/v1/budget-imports}: one table in its official layout, as xlsx or tab-separated text. */
@Path("/api/v1/budget-imports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ImportResource {

    @Inject
    ImportService service;

    @Inject
    Idempotency idempotency;

    @Inject
    ImportReports reports;

    @POST
    @RolesAllowed(Roles.DEPARTMENT_EDITOR)
    @Consumes({MediaTypes.XLSX, MediaTypes.TSV, MediaType.TEXT_PLAIN})
    public Response importTable(
            byte[] file,
            @Context HttpHeaders headers,
            @QueryParam("dryRun") String dryRun,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("departmentCode") String departmentCode,
            @QueryParam("createDepartment") String createDepartment,
            @QueryParam("replace") String replace,
            @QueryParam("frameworkCode") String frameworkCode,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        if (file == null || file.length == 0) {
            throw new ProblemException(
                    ProblemCode.VALIDATION_FAILED,
                    Messages.BODY_MUST_BE_TABLE_FILE.of(),
                    List.of(Violation.body("", ViolationCode.REQUIRED, Messages.EMPTY.of())));
        }
        MediaType type = declaredType(headers);
        ImportService.Format format = type.isCompatible(MediaType.valueOf(MediaTypes.XLSX))
                ? ImportService.Format.XLSX
                : ImportService.Format.TSV;
        ImportService.Request request = new ImportService.Request(
                file,
                format,
                QueryParams.uuid("departmentId", departmentId),
                QueryParams.text("departmentCode", departmentCode, 64),
                QueryParams.flag("createDepartment", createDepartment),
                QueryParams.flag("replace", replace),
                QueryParams.flag("dryRun", dryRun),
                QueryParams.text("frameworkCode", frameworkCode, 64));
        if (request.dryRun()) {
            return Response.ok(service.importTable(request)).build();
        }
        return idempotency.run(idempotencyKey, "POST " + uri.getRequestUri(), Idempotency.digest(file), () -> {
            ImportReport report = service.importTable(request);
            // Location stays the stored table, as it always was; the report itself is at Content-Location.
            return Response.created(uri.getBaseUriBuilder()
                            .path("api/v1/budgets")
                            .path(report.budgetId().toString())
                            .build())
                    .contentLocation(uri.getBaseUriBuilder()
                            .path("api/v1/budget-imports")
                            .path(report.importId().toString())
                            .build())
                    .entity(report)
                    .build();
        });
    }

    /** The report of a stored import, as it was answered; 404 for a department the caller may not see. */
    @GET
    @Path("{importId}")
    public Response report(@PathParam("importId") UUID importId) {
        return Response.ok(reports.get(importId), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }

    /** The file's declared media type; 415 when none is given or it cannot be read. */
    private static MediaType declaredType(HttpHeaders headers) {
        MediaType type;
        try {
            type = headers.getMediaType();
        } catch (RuntimeException unreadable) {
            type = null;
        }
        if (type == null) {
            throw new ProblemException(
                    ProblemCode.UNSUPPORTED_MEDIA_TYPE,
                    Messages.SAY_WHAT_THE_FILE_IS.of(MediaTypes.XLSX, MediaTypes.TSV),
                    List.of(Violation.header("Content-Type", ViolationCode.REQUIRED, Messages.REQUIRED.of())));
        }
        return type;
    }
}
