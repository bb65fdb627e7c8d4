package org.budgetperf.shared.web;

import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.domain.StorableText;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

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
            throw invalid(name, ViolationCode.NOT_A_NUMBER, Messages.WHOLE_NUMBER_DIGITS.of());
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw invalid(name, ViolationCode.OUT_OF_RANGE, Messages.BETWEEN.of(min, max));
        }
        return (int) parsed;
    }

    /** A free-text parameter (a name fragment, a code): null when blank, refused when too long or not storable. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw invalid(name, ViolationCode.TOO_LONG, Messages.AT_MOST_CHARACTERS.of(maxLength));
        }
        if (!StorableText.storable(value)) {
            throw invalid(name, ViolationCode.UNSTORABLE_TEXT, Messages.UNSTORABLE_TEXT.of());
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
            throw invalid(name, ViolationCode.INVALID_FORMAT, Messages.MUST_BE_ID.of());
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(
                    name, ViolationCode.INVALID_ENUM, Messages.MUST_BE_ONE_OF.of(List.of(type.getEnumConstants())));
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
            default -> throw invalid(name, ViolationCode.INVALID_ENUM, Messages.TRUE_OR_FALSE.of());
        };
    }

    private static ProblemException invalid(String name, ViolationCode code, Text message) {
        return ProblemException.invalid(Violation.query(name, code, message));
    }
}
