package org.budgetperf.shared.problem;

import java.util.List;
import java.util.Locale;

/**
 * The languages problem documents are written in: English (the default) and simplified Chinese. A request chooses
 * one with {@code Accept-Language} ({@link #fromAcceptLanguage}); the answer names it in {@code Content-Language}.
 */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag sent as {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language an {@code Accept-Language} header asks for (RFC 9110 §12.5.4): the range of highest weight that is
     * Chinese ({@code zh}, {@code zh-CN}, {@code zh-Hans}, …) or English ({@code en}, {@code en-GB}, …, or {@code *})
     * decides; ranges of weight 0 and other languages are passed over. Absent, unreadable or naming neither: English.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header); // sorted by descending weight
        } catch (IllegalArgumentException unreadable) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            if (primary.equals("zh")) {
                return ZH;
            }
            if (primary.equals("en") || primary.equals("*")) {
                return EN;
            }
        }
        return EN;
    }
}
