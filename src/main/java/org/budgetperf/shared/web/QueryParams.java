package org.budgetperf.shared.web;

import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.domain.StorableText;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;

/**
 * Parses query parameters by hand: JAX-RS would answer a badly typed query parameter with a bare 404,
 * while a client deserves a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {}

    /** Plain ASCII digits with an optional minus: no '+', no blanks, no full-width or other scripts' digits. */
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?[0-9]{1,10}");

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw invalid(name, "must be a whole number written in the digits 0-9");
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw invalid(name, "must be between " + min + " and " + max);
        }
        return (int) parsed;
    }

    /** Plain ASCII digits, up to 19 of them: a 64-bit whole number. */
    private static final java.util.regex.Pattern WHOLE_LONG = java.util.regex.Pattern.compile("-?[0-9]{1,19}");

    /** {@link #integer}, for 64-bit values (positions in the event feed). */
    public static Long longInteger(String name, String value, long min, long max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!WHOLE_LONG.matcher(value).matches()) {
            throw invalid(name, "must be a whole number written in the digits 0-9");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(name, "must be between " + min + " and " + max);
        }
        if (parsed < min || parsed > max) {
            throw invalid(name, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    /** A free-text parameter (a name fragment, a code): null when blank, refused when too long or not storable. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw invalid(name, "must be at most " + maxLength + " characters");
        }
        if (!StorableText.storable(value)) {
            throw invalid(name, StorableText.MESSAGE);
        }
        return value.strip();
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be an id (UUID)");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A boolean flag: absent means false; only "true" and "false" are accepted. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "must be true or false");
        };
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(
                ProblemCode.VALIDATION_FAILED, name + " " + message, List.of(Violation.query(name, message)));
    }
}
