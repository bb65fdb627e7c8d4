package org.budgetperf.budget;

import java.util.List;
import org.budgetperf.budget.domain.GoalParagraphs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The 总体绩效目标 is HTML on the published forms (one {@code <p>} per goal). It is shown by other
 * systems, so it is reduced to harmless formatting: paragraphs, line breaks, emphasis and lists survive;
 * scripts, event handlers, styles and links do not. Plain text is turned into one paragraph per line.
 */
public final class OverallGoalHtml {

    private static final Safelist ALLOWED =
            new Safelist().addTags("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "span", "sub", "sup");

    private OverallGoalHtml() {}

    /** Returns sanitised HTML, or null for blank input. */
    public static String sanitise(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String html = looksLikeHtml(input) ? input : paragraphsOf(input);
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base)
                .charset("UTF-8");
        return clean.body().html().trim();
    }

    /** The plain text of each paragraph, for clients that do not render HTML ({@link GoalParagraphs}). */
    public static List<String> paragraphs(String sanitised) {
        return GoalParagraphs.of(sanitised);
    }

    private static boolean looksLikeHtml(String text) {
        return text.matches("(?s).*<\\s*[a-zA-Z/][^>]*>.*");
    }

    private static String paragraphsOf(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                html.append("<p>").append(Entities.escape(line.trim())).append("</p>");
            }
        }
        return html.toString();
    }
}
