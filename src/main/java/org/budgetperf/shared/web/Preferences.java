package org.budgetperf.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * The {@code Prefer} request header (RFC 7240): a comma-separated list of preferences, each a token with an optional
 * value and parameters ({@code respond-async, wait=10}), in one header line or several. Preferences are hints: one
 * the server does not know is ignored, and a server says which it honoured in {@code Preference-Applied}.
 */
public final class Preferences {

    public static final String PREFER = "Prefer";
    public static final String APPLIED = "Preference-Applied";
    public static final String RESPOND_ASYNC = "respond-async";

    private Preferences() {}

    /** Whether the header lines (null: no header) name {@code respond-async}; names are case-insensitive. */
    public static boolean respondAsync(List<String> headerLines) {
        return headerLines != null && headerLines.stream().anyMatch(line -> names(line, RESPOND_ASYNC));
    }

    /** Whether one header line names the preference, outside quoted values. */
    static boolean names(String line, String preference) {
        if (line == null) {
            return false;
        }
        boolean quoted = false;
        boolean name = true;
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ',';
            if (quoted) {
                quoted = c != '"' || line.charAt(i - 1) == '\\';
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                if (token.toString().trim().toLowerCase(Locale.ROOT).equals(preference)) {
                    return true;
                }
                token.setLength(0);
                name = true;
            } else if (c == '=' || c == ';') {
                name = false;
            } else if (name) {
                token.append(c);
            }
        }
        return false;
    }
}
