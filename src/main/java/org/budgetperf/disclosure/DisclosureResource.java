package org.budgetperf.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.budgetperf.exporting.ExportFormat;
import org.budgetperf.exporting.ExportJobView;
import org.budgetperf.exporting.ExportRequest;
import org.budgetperf.exporting.ExportResource;
import org.budgetperf.exporting.ExportRunner;
import org.budgetperf.exporting.ExportService;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ContentDisposition;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.Preferences;

/**
 * {@code /api/v1/disclosures/{fiscalYear}}: the open-data package of a year's approved tables (see
 * {@link DisclosurePackage}). Approved tables are public records, so every authenticated role may fetch it.
 *
 * <p>A year of at most {@code perf.disclosure.synchronous-tables} tables is built while the request waits and
 * answered 200. A larger year, or any request with {@code Prefer: respond-async} (RFC 7240), is answered 202 with a
 * bulk export job ({@code datapackage-zip}, see {@link DisclosureExport}) whose {@code Location} is polled and whose
 * file is downloaded like any export's: the same bytes and name the synchronous answer has.
 */
@Path("/api/v1/disclosures")
@RolesAllowed({Roles.READER, Roles.DEPARTMENT_EDITOR, Roles.FINANCE_REVIEWER, Roles.ADMIN})
public class DisclosureResource {

    static final String ZIP = "application/zip";
    private static final String VARY = "Vary";

    @Inject
    DisclosurePackage disclosures;

    @Inject
    DisclosureConfig config;

    @Inject
    ExportService exports;

    @Inject
    ExportRunner runner;

    @GET
    @Path("{fiscalYear}")
    @Produces(ZIP)
    public Response get(
            @PathParam("fiscalYear") String fiscalYear,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam(Preferences.PREFER) List<String> prefer,
            @Context UriInfo uri)
            throws IOException {
        int year = year(fiscalYear);
        boolean preferred = Preferences.respondAsync(prefer);
        if (preferred || disclosures.count(year) > config.synchronousTables()) {
            return accepted(year, preferred, uri);
        }
        DisclosurePackage.Built built = disclosures.build(year);
        // The archive is reproducible, so its hash is a strong validator: unchanged data answers 304.
        EntityTag tag = new EntityTag(sha256(built.archive()));
        if (ETags.matchesAny(ifNoneMatch, "\"" + tag.getValue() + "\"")) {
            Files.deleteIfExists(built.archive());
            return Response.notModified(tag).header(VARY, Preferences.PREFER).build();
        }
        String name = DisclosurePackage.fileName(year);
        StreamingOutput body = out -> DisclosurePackage.stream(built.archive(), out);
        return Response.ok(body, ZIP)
                .tag(tag)
                .header(VARY, Preferences.PREFER)
                .header("Content-Length", Files.size(built.archive()))
                .header("Content-Disposition", ContentDisposition.attachment(name, name))
                .header("X-Disclosed-Tables", built.tables())
                .build();
    }

    /**
     * The package as a job: queued under the caller (who alone may read it, as any export), run by the export runner
     * once this request's transaction has committed. The caller's limit of unfinished exports applies (429).
     */
    private Response accepted(int year, boolean preferred, UriInfo uri) {
        ExportJobView job = exports.request(new ExportRequest(year, null, null, null, ExportFormat.DATAPACKAGE_ZIP));
        runner.submit(job.id());
        Response.ResponseBuilder answer = Response.accepted(job)
                .type(MediaType.APPLICATION_JSON)
                .location(uri.getBaseUriBuilder()
                        .path(ExportResource.class)
                        .path(job.id().toString())
                        .build())
                .header(VARY, Preferences.PREFER);
        if (preferred) {
            answer.header(Preferences.APPLIED, Preferences.RESPOND_ASYNC);
        }
        return answer.build();
    }

    private static int year(String value) {
        try {
            int year = Integer.parseInt(value);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below like a number out of range
        }
        throw ProblemException.invalid(
                new Violation("fiscalYear", "path", ViolationCode.OUT_OF_RANGE, Messages.YEAR_2000_TO_2100.of()));
    }

    private static String sha256(java.nio.file.Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
