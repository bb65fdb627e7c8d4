package org.budgetperf.shared.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Names Java target types in the words of the contract, never as class names, and the code of a value refused for one. */
final class TypeNames {

    private TypeNames() {}

    static Text describe(Class<?> type) {
        if (type == null) {
            return Messages.TYPE_VALUE.of();
        }
        if (type == BigDecimal.class) {
            return Messages.TYPE_DECIMAL.of();
        }
        if (wholeNumber(type)) {
            return Messages.TYPE_WHOLE_NUMBER.of();
        }
        if (type == String.class) {
            return Messages.TYPE_STRING.of();
        }
        if (type == Boolean.class || type == boolean.class) {
            return Messages.TYPE_BOOLEAN.of();
        }
        if (type == UUID.class) {
            return Messages.TYPE_ID.of();
        }
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(constant.toString());
            }
            return Messages.TYPE_ONE_OF.of(values);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Messages.TYPE_ARRAY.of();
        }
        return Messages.TYPE_OBJECT.of();
    }

    /** The code of a value refused for {@code type}: a number, an enum and an id have their own. */
    static ViolationCode codeFor(Class<?> type, ViolationCode otherwise) {
        if (type == null) {
            return otherwise;
        }
        if (type == BigDecimal.class || wholeNumber(type)) {
            return ViolationCode.NOT_A_NUMBER;
        }
        if (type.isEnum()) {
            return ViolationCode.INVALID_ENUM;
        }
        if (type == UUID.class) {
            return ViolationCode.INVALID_FORMAT;
        }
        return otherwise;
    }

    private static boolean wholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }
}
