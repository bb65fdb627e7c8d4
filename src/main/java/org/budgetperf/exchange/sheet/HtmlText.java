package org.budgetperf.exchange.sheet;

/**
 * Escaping of plain text inside the HTML paragraphs the forms' goals are stored as ({@code <p>…</p>}): the five
 * characters HTML gives a meaning to, so no text of a department can turn into markup, and back.
 */
public final class HtmlText {

    private HtmlText() {}

    /** {@code & < > " '} as entities. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Undoes {@link #escape}. */
    public static String unescape(String escaped) {
        return escaped.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
