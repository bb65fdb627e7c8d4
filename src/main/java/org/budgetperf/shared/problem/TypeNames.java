package org.budgetperf.shared.problem;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.UUID;

/** Names Java target types in the words of the contract, never as class names. */
final class TypeNames {

    private TypeNames() {}

    static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == BigDecimal.class) {
            return "decimal number (e.g. \"5505100.00\")";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == UUID.class) {
            return "id (UUID)";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(constant);
            }
            return "one of " + values;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
