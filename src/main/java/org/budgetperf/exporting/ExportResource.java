package org.budgetperf.exporting;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ContentDisposition;
import org.budgetperf.shared.web.Idempotency;

/**
 * {@code /api/v1/exports}: many tables in one file, written in the background. {@code POST} answers 202 with the job
 * and its {@code Location}; the job is polled until SUCCEEDED, then its {@code …/file} is downloaded.
 */
@Path("/api/v1/exports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ExportResource {

    private static final String TITLE = "部门整体预算绩效目标表";

    @Inject
    ExportService service;

    @Inject
    ExportRunner runner;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DEPARTMENT_EDITOR, Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.READER})
    public Response request(
            ExportRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            ExportJobView job = service.request(request);
            runner.submit(job.id());
            return Response.accepted(job)
                    .location(uri.getAbsolutePathBuilder()
                            .path(job.id().toString())
                            .build())
                    .build();
        });
    }

    @GET
    @Path("{exportId}")
    public ExportJobView get(@PathParam("exportId") UUID exportId) {
        return service.get(exportId);
    }

    /** The finished file, streamed from disk. */
    @GET
    @Path("{exportId}/file")
    @Produces({"application/zip", "application/x-ndjson"})
    public Response file(@PathParam("exportId") UUID exportId) {
        ExportService.Download download = service.file(exportId);
        ExportJob job = download.job();
        ExportFileWriter.FileName name = runner.writerOf(job.format).fileName(download.filter());
        if (name == null) {
            Integer year = download.filter().fiscalYear();
            String ext = job.format.extension;
            name = new ExportFileWriter.FileName(
                    "budget-tables-" + (year == null ? "all-years" : year) + "-" + job.id + "." + ext,
                    TITLE + "-" + (year == null ? "全部年度" : year + "年") + "-" + job.id + "." + ext);
        }
        return Response.ok(download.path().toFile(), job.format.mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(name.ascii(), name.full()))
                .build();
    }
}
