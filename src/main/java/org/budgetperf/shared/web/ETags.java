package org.budgetperf.shared.web;

import java.util.List;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

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
                    Messages.IF_MATCH_REQUIRED.of(of(currentVersion)),
                    List.of(Violation.header("If-Match", ViolationCode.REQUIRED, Messages.REQUIRED.of())));
        }
        if (matchesAny(ifMatch, currentVersion)) {
            return;
        }
        throw new ProblemException(
                ProblemCode.PRECONDITION_FAILED,
                Messages.IF_MATCH_STALE.of(ifMatch.trim(), of(currentVersion)),
                List.of(Violation.header("If-Match", ViolationCode.STALE, Messages.STALE.of())));
    }

    /**
     * For requests where {@code If-Match} is optional (recording a check or a report): nothing when absent, otherwise
     * exactly {@link #require}, so a stale value is a 412.
     */
    public static void requireIfGiven(String ifMatch, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            require(ifMatch, currentVersion);
        }
    }

    /** Whether an {@code If-None-Match} header names the current version (or {@code *}). */
    public static boolean matchesAny(String ifNoneMatch, long currentVersion) {
        return matchesAny(ifNoneMatch, of(currentVersion));
    }

    /** Whether an {@code If-None-Match} header names the current tag (quoted, e.g. {@code "ab12"}), or {@code *}. */
    public static boolean matchesAny(String ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || stripWeak(tag).equals(currentTag)) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
