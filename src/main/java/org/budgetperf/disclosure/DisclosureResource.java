package org.budgetperf.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ContentDisposition;
import org.budgetperf.shared.web.ETags;

/**
 * {@code /api/v1/disclosures/{fiscalYear}}: the open-data package of a year's approved tables (see
 * {@link DisclosurePackage}). Approved tables are public records, so every authenticated role may fetch it.
 */
@Path("/api/v1/disclosures")
@RolesAllowed({Roles.READER, Roles.DEPARTMENT_EDITOR, Roles.FINANCE_REVIEWER, Roles.ADMIN})
public class DisclosureResource {

    static final String ZIP = "application/zip";

    @Inject
    DisclosurePackage disclosures;

    @GET
    @Path("{fiscalYear}")
    @Produces(ZIP)
    public Response get(@PathParam("fiscalYear") String fiscalYear, @HeaderParam("If-None-Match") String ifNoneMatch)
            throws IOException {
        int year = year(fiscalYear);
        DisclosurePackage.Built built = disclosures.build(year);
        // The archive is reproducible, so its hash is a strong validator: unchanged data answers 304.
        EntityTag tag = new EntityTag(sha256(built.archive()));
        if (ETags.matchesTag(ifNoneMatch, tag.getValue())) {
            Files.deleteIfExists(built.archive());
            return Response.notModified(tag).build();
        }
        String name = "perf-targets-disclosure-" + year + ".zip";
        StreamingOutput body = out -> DisclosurePackage.stream(built.archive(), out);
        return Response.ok(body, ZIP)
                .tag(tag)
                .header("Content-Length", Files.size(built.archive()))
                .header("Content-Disposition", ContentDisposition.attachment(name, name))
                .header("X-Disclosed-Tables", built.tables())
                .build();
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
        throw new ProblemException(
                ProblemCode.VALIDATION_FAILED,
                "fiscalYear must be a year from 2000 to 2100",
                List.of(new Violation("fiscalYear", "path", "must be a year from 2000 to 2100")));
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
