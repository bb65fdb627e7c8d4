package org.budgetperf.shared.web;

/** Media types of the official layout's two file formats. */
public final class MediaTypes {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TSV = "text/tab-separated-values";

    private MediaTypes() {}

    /**
     * Whether the client prefers {@code fileType} to JSON: the order of its Accept header decides, and a
     * wildcard or a missing header means JSON, the API's default representation.
     */
    public static boolean prefers(jakarta.ws.rs.core.HttpHeaders headers, String fileType) {
        String accept = headers.getHeaderString("Accept");
        if (accept == null || accept.isBlank()) {
            return false; // an empty Accept says nothing: the default representation
        }
        jakarta.ws.rs.core.MediaType file = jakarta.ws.rs.core.MediaType.valueOf(fileType);
        java.util.List<jakarta.ws.rs.core.MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (RuntimeException unreadable) {
            throw new org.budgetperf.shared.problem.ProblemException(
                    org.budgetperf.shared.problem.ProblemCode.MALFORMED_REQUEST,
                    org.budgetperf.shared.problem.Messages.ACCEPT_UNREADABLE.of(),
                    java.util.List.of(org.budgetperf.shared.problem.Violation.header(
                            "Accept",
                            org.budgetperf.shared.problem.ViolationCode.INVALID_FORMAT,
                            org.budgetperf.shared.problem.Messages.NOT_MEDIA_TYPES.of())));
        }
        for (jakarta.ws.rs.core.MediaType accepted : acceptable) {
            if (accepted.isWildcardType()
                    || accepted.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(file) && !accepted.isWildcardSubtype()) {
                return true;
            }
        }
        return false;
    }
}
