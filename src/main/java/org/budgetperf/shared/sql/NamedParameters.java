package org.budgetperf.shared.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL written with named parameters ({@code :name}, as in JPA native queries) turned into a JDBC statement with
 * positional ones. A collection expands to one placeholder per element, so {@code IN (:codes)} works as it does in
 * JPA; an empty collection becomes {@code NULL}, so {@code IN (:codes)} matches nothing (an empty {@code IN ()} is a
 * syntax error) — which is right for {@code IN} only: {@code NOT IN} or {@code = ANY} need a value. A null value is
 * sent untyped, so it only works where PostgreSQL infers its type from a comparison ({@code column >= :since}), not
 * in {@code :since IS NULL}. Only the service's own SQL comes here: a {@code ::} cast is left alone, text literals
 * and comments are not parsed.
 *
 * @param sql the statement with {@code ?} placeholders
 * @param values the values of the placeholders in order
 */
public record NamedParameters(String sql, List<Object> values) {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9_]*)");

    /** Binds {@code parameters} to the {@code :name}s of {@code sql}; a name without a value is a programming error. */
    public static NamedParameters bind(String sql, Map<String, ?> parameters) {
        Matcher m = NAME.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            Object value = parameters.get(name);
            String placeholders;
            if (value instanceof Collection<?> many) {
                placeholders = many.isEmpty() ? "NULL" : String.join(", ", Collections.nCopies(many.size(), "?"));
                values.addAll(many);
            } else {
                placeholders = "?";
                values.add(value);
            }
            m.appendReplacement(out, placeholders);
        }
        m.appendTail(out);
        // A value may be null (bound as SQL NULL), which List.copyOf refuses.
        return new NamedParameters(out.toString(), Collections.unmodifiableList(values));
    }
}
