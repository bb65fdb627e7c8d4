package org.budgetperf.budget.indicator.domain;

/**
 * A target value trimmed, as written ({@code original}) and folded onto ASCII ({@code folded}); both have the same
 * length, so a position in one is the same position in the other (see {@link TargetValueParser}).
 */
final class FoldedText {

    /** Pairs of (variant, folded) characters; each variant maps to exactly one character. */
    private static final String FOLD_FROM = "０１２３４５６７８９％，．＋－−﹣＞﹥＜﹤＝﹦≧⩾≦⩽～〜／\u3000\u00A0";

    private static final String FOLD_TO = "0123456789%,.+--->><<==≥≥≤≤~~/  ";
    private static final String TRAILING_PUNCTUATION = "。.,;；、";

    /** The value as written, trimmed. */
    final String original;

    /** The same characters folded; what the grammar is matched against. */
    final String folded;

    private FoldedText(String original, String folded) {
        this.original = original;
        this.folded = folded;
    }

    static FoldedText of(String raw) {
        if (raw == null) {
            return new FoldedText("", "");
        }
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int k = FOLD_FROM.indexOf(chars[i]);
            if (k >= 0) {
                chars[i] = FOLD_TO.charAt(k);
            }
        }
        int start = 0;
        int end = chars.length;
        while (start < end && isBlank(chars[start])) {
            start++;
        }
        while (end > start && (isBlank(chars[end - 1]) || TRAILING_PUNCTUATION.indexOf(chars[end - 1]) >= 0)) {
            end--;
        }
        return new FoldedText(raw.substring(start, end), new String(chars, start, end - start));
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
