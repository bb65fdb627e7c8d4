package org.budgetperf.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The 总体绩效目标 is HTML on the published forms (one {@code <p>} per goal). It is shown by other
 * systems, so it is reduced to harmless formatting: paragraphs, line breaks, emphasis and lists survive;
 * scripts, event handlers, styles and links do not. Plain text is turned into one paragraph per line.
 */
public final class OverallGoalHtml {

    private static final Safelist ALLOWED =
            new Safelist().addTags("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "span", "sub", "sup");

    private static final Pattern LINE_SEPARATORS = Pattern.compile("[\\r\\n\\u2028\\u2029]");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

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

    /**
     * The plain text of each paragraph, for clients that do not render HTML and for the printed forms: a paragraph,
     * list item, heading or line break ends a line; entities are decoded and white space is collapsed as a browser
     * shows it; blank lines are dropped.
     */
    public static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            line.append(text.text());
                        } else if (endsLine(node)) {
                            endLine(line, lines);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (endsLine(node)) {
                            endLine(line, lines);
                        }
                    }
                },
                Jsoup.parseBodyFragment(html).body());
        endLine(line, lines);
        return List.copyOf(lines);
    }

    private static boolean endsLine(Node node) {
        return node instanceof Element e && (e.isBlock() || "br".equals(e.normalName()));
    }

    /** Ends the line being collected; a line or paragraph separator inside the text ends a line too. */
    private static void endLine(StringBuilder line, List<String> lines) {
        for (String part : LINE_SEPARATORS.split(line)) {
            String text = WHITE_SPACE.matcher(part).replaceAll(" ").strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        line.setLength(0);
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
