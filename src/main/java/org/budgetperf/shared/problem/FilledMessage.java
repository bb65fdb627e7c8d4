package org.budgetperf.shared.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A text of the {@link Messages} catalogue with its values, written in a language only when the answer is rendered:
 * each {@code {name}} placeholder is replaced by its value, a value that is itself a {@link Text} or a catalogue noun
 * in the same language.
 */
record FilledMessage(Messages message, List<Object> values) implements Text {

    /** Held apart from the enum: an enum's constants are built before its own static fields are set. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The names of {@code template}'s placeholders, each once, in the order they first appear. */
    static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

    @Override
    public String in(Language language) {
        Matcher m = PLACEHOLDER.matcher(message.template(language));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = message.placeholders().indexOf(m.group(1));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(index < 0 ? m.group() : write(values.get(index), language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return english();
    }

    private static String write(Object value, Language language) {
        if (value instanceof Text text) {
            return text.in(language);
        }
        if (value instanceof Messages noun) {
            return noun.template(language);
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .map(v -> write(v, language))
                    .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
        }
        return String.valueOf(value);
    }
}
