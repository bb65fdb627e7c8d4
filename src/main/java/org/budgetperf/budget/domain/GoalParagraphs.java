package org.budgetperf.budget.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of an overall goal (总体绩效目标), which is stored as HTML: what clients that do not render HTML
 * show, and what the printed forms carry. A paragraph, list item, heading, table row or line break ends a line;
 * other tags are dropped; entities are decoded after the tags are gone, so an escaped {@code &lt;p&gt;} stays
 * text; white space is collapsed as a browser shows it; blank lines are dropped.
 *
 * <p>Written on the JDK alone because the pure form readers and writers use it too. The goals it reads are
 * sanitised HTML, whose only entities are {@code &amp; &lt; &gt; &quot; &nbsp;}; numeric entities and the named
 * ones common in Chinese documents are decoded as well, any other name is left as written.
 */
public final class GoalParagraphs {

    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>|<!--.*?-->", Pattern.DOTALL);
    private static final Set<String> LINE_ENDING = Set.of(
            "p",
            "br",
            "div",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "blockquote",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "hr");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"),
            Map.entry("mdash", "—"),
            Map.entry("ndash", "–"),
            Map.entry("hellip", "…"),
            Map.entry("middot", "·"),
            Map.entry("times", "×"),
            Map.entry("divide", "÷"),
            Map.entry("yen", "¥"),
            Map.entry("permil", "‰"));
    private static final Pattern LINE_SEPARATORS = Pattern.compile("[\\r\\n\\u2028\\u2029]");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private GoalParagraphs() {}

    /** The goal's paragraphs as plain text; empty for a null or blank goal. */
    public static List<String> of(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            line.append(html, at, tag.start());
            String name = tag.group(2);
            if (name != null && LINE_ENDING.contains(name.toLowerCase(Locale.ROOT))) {
                end(line, lines);
            }
            at = tag.end();
        }
        line.append(html, at, html.length());
        end(line, lines);
        return List.copyOf(lines);
    }

    private static void end(StringBuilder line, List<String> lines) {
        for (String part : LINE_SEPARATORS.split(decoded(line.toString()))) {
            String text = WHITE_SPACE.matcher(part).replaceAll(" ").strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        line.setLength(0);
    }

    private static String decoded(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }

    private static String entity(String name, String written) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            boolean character = Character.isValidCodePoint(code) && code != 0 && (code < 0xD800 || code > 0xDFFF);
            return character ? Character.toString(code) : written;
        }
        return NAMED.getOrDefault(name, written);
    }
}
