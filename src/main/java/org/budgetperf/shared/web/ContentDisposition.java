package org.budgetperf.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition: attachment} with an ASCII name for old clients and the full name (RFC 6266 / 5987). */
public final class ContentDisposition {

    private ContentDisposition() {}

    /** {@code ascii} is reduced to letters, digits, dot, underscore and hyphen; {@code full} may be Chinese. */
    public static String attachment(String ascii, String full) {
        return "attachment; filename=\"" + ascii.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(full, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
