package org.budgetperf.exchange.sheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Normalises the printed labels of the form before they are compared, because the same label is
 * typed differently from one department to the next: line breaks inside a label
 * ({@code 拟用于对下\n转移支付资金}), full-width parentheses and colons ({@code 预算金额（万元）},
 * {@code 部门名称：}), ideographic spaces, required-field stars.
 */
public final class LabelText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+");

    private LabelText() {}

    /** NFKC (full-width to half-width), brackets to (), no white space, no trailing colon or leading star. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.replace('【', '(')
                .replace('】', ')')
                .replace('〔', '(')
                .replace('〕', ')')
                .replace('[', '(')
                .replace(']', ')');
        while (s.startsWith("*")) {
            s = s.substring(1);
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * The first of {@code captions} spelled like {@code text}, as typed or without its qualifiers:
     * {@code 指标权重(分)} is found under {@code 指标权重}.
     */
    public static <C> Optional<C> firstSpelledAs(String text, C[] captions, Function<C, List<String>> spellings) {
        String n = normalise(text);
        String base = base(n);
        for (C caption : captions) {
            List<String> known = spellings.apply(caption);
            if (known.contains(n) || known.contains(base)) {
                return Optional.of(caption);
            }
        }
        return Optional.empty();
    }

    /** A normalised label without its trailing parenthesised qualifiers: {@code 预算金额(万元)} → {@code 预算金额}. */
    public static String base(String normalised) {
        String s = normalised;
        while (s.endsWith(")")) {
            int open = matchingOpen(s);
            if (open <= 0) {
                break;
            }
            s = s.substring(0, open);
        }
        return s;
    }

    private static int matchingOpen(String s) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char ch = s.charAt(i);
            if (ch == ')') {
                depth++;
            } else if (ch == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
