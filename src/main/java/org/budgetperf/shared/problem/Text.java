package org.budgetperf.shared.problem;

import java.util.Objects;

/**
 * A text of a problem document (a detail or a violation's message), written in the language of the request only when
 * the answer is rendered. Texts of the service come from the catalogue ({@link Messages#of}); texts the domain already
 * writes in both languages (rule findings, their explanations) are carried as a pair ({@link #of(String, String)}).
 */
@FunctionalInterface
public interface Text {

    /** The text in {@code language}. */
    String in(Language language);

    /** The English text: for logs, exception messages and the tests. */
    default String english() {
        return in(Language.EN);
    }

    /** A text the domain gives in both languages. */
    static Text of(String english, String chinese) {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        return new Pair(english, chinese);
    }

    /**
     * A text that reads the same in both languages: a value quoted from the request or a file, or a message the
     * domain wrote bilingually in one string (an import finding's {@code "English / 中文"}).
     */
    static Text same(String text) {
        return of(text, text);
    }

    /** {@link #of(String, String)}. */
    record Pair(String english, String chinese) implements Text {

        @Override
        public String in(Language language) {
            return language == Language.ZH ? chinese : english;
        }

        @Override
        public String toString() {
            return english;
        }
    }
}
