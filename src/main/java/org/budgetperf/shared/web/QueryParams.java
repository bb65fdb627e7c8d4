package org.budgetperf.shared.web;

import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;

/**
 * Parses query parameters by hand: JAX-RS would answer a badly typed query parameter with a bare 404,
 * while a client deserves a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw invalid(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number");
        }
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
        return new ProblemException(ProblemCode.VALIDATION_FAILED, name + " " + message, List.of(Violation.query(name, message)));
    }
}
