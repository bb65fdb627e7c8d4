package org.budgetperf.shared.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
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

    /**
     * A repeatable free-text parameter ({@code ?departmentCode=A&departmentCode=B}): each value as {@link #text},
     * blanks skipped, duplicates once, in the order given; at most {@code maxCount} values.
     */
    public static List<String> texts(String name, List<String> values, int maxLength, int maxCount) {
        java.util.LinkedHashSet<String> result = new java.util.LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                String t = text(name, value, maxLength);
                if (t != null) {
                    result.add(t);
                }
            }
        }
        if (result.size() > maxCount) {
            throw invalid(name, "may be given at most " + maxCount + " times");
        }
        return List.copyOf(result);
    }

    /** A repeatable enum parameter ({@code ?status=DRAFT&status=RETURNED}): each value as {@link #enumValue}. */
    public static <E extends Enum<E>> List<E> enumValues(String name, List<String> values, Class<E> type) {
        java.util.EnumSet<E> result = java.util.EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E e = enumValue(name, value, type);
                if (e != null) {
                    result.add(e);
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * An RFC 3339 date-time ({@code 2024-06-01T08:00:00Z}, {@code 2024-06-01T16:00:00.5+08:00}): a date, a time and
     * an offset, nothing less. A '+' sent unencoded in a query string arrives as a blank; a blank before the offset is
     * read as the '+' it was. Null when blank.
     */
    public static java.time.OffsetDateTime timestamp(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = v.length() > 40 ? null : RFC_3339.matcher(v);
        if (m == null || !m.matches()) {
            throw invalid(name, "must be an RFC 3339 date-time with an offset, e.g. 2024-06-01T08:00:00Z");
        }
        String offset = m.group(3).toUpperCase(java.util.Locale.ROOT);
        String normal = m.group(1) + "T" + m.group(2) + (offset.startsWith(" ") ? "+" + offset.substring(1) : offset);
        try {
            return java.time.OffsetDateTime.parse(normal);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(name, "is not a date-time that exists");
        }
    }

    private static final java.util.regex.Pattern RFC_3339 = java.util.regex.Pattern.compile(
            "([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,9})?)([Zz]|[+ -][0-9]{2}:[0-9]{2})");

    /** A caller's value as a message may quote it: short and printable. */
    public static String shown(String value) {
        String printable = value.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
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
