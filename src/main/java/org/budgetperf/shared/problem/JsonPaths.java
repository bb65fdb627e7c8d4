package org.budgetperf.shared.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Renders Jackson's reference chain as the JSON property path clients see in violations. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
