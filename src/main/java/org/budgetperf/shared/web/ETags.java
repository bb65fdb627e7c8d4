package org.budgetperf.shared.web;

import java.util.List;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;

/**
 * Optimistic concurrency over HTTP: every resource's ETag is its row version, and updates and deletes
 * must name the version they were based on, so two editors never silently overwrite each other.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an {@code If-Match} header against the current version: 428 when absent, 412 when it names
     * another version. {@code *} matches any existing resource.
     */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemCode.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the version you read, e.g. If-Match: " + of(currentVersion),
                    List.of(Violation.header("If-Match", "required")));
        }
        if (matchesAny(ifMatch, currentVersion)) {
            return;
        }
        throw new ProblemException(
                ProblemCode.PRECONDITION_FAILED,
                "If-Match " + ifMatch.trim() + " does not match the current ETag " + of(currentVersion)
                        + "; read the resource again and reapply your change",
                List.of(Violation.header("If-Match", "stale")));
    }

    /** Whether an {@code If-None-Match} header names the current version (or {@code *}). */
    public static boolean matchesAny(String ifNoneMatch, long currentVersion) {
        return matchesTag(ifNoneMatch, of(currentVersion).replace("\"", ""));
    }

    /** Whether an {@code If-None-Match} header names the current entity tag (its value, unquoted) or {@code *}. */
    public static boolean matchesTag(String ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String quoted = '"' + currentTag + '"';
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || stripWeak(tag).equals(quoted)) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
