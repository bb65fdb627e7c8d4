package org.budgetperf.shared.domain;

/**
 * Which characters of a text PostgreSQL cannot store: U+0000 (refused by every text type) and halves of a
 * surrogate pair standing alone (not encodable in UTF-8; the driver would silently write '?'). Text arriving
 * by JSON, query parameter or imported cell is checked here, so such a character is refused naming its field
 * instead of failing the write.
 */
public final class StorableText {

    private StorableText() {}

    /** Index of the first character that cannot be stored, or -1 when every character can (or the text is null). */
    public static int firstUnstorable(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean storable(CharSequence text) {
        return firstUnstorable(text) < 0;
    }
}
