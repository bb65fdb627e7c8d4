package org.budgetperf.review.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TaskLine;

/** Blank tests, JSON paths and the quoting used in review messages. */
final class Texts {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);");
    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final int QUOTE_LIMIT = 30;

    private Texts() {}

    /** Null, empty, or only (Unicode) white space, including the ideographic space. */
    static boolean isBlank(String s) {
        return s == null || ANY_SPACE.matcher(s).replaceAll("").isEmpty();
    }

    /** The text without surrounding white space; null stays null. */
    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Whether HTML holds no text: only tags, character references and white space (e.g. {@code <p>&nbsp;</p>}). */
    static boolean isBlankHtml(String html) {
        return html == null
                || isBlank(ENTITY.matcher(TAG.matcher(html).replaceAll("")).replaceAll(""));
    }

    static String taskPath(int index, String field) {
        return "tasks[" + index + "]" + (field == null ? "" : "." + field);
    }

    static String indicatorPath(int index, String field) {
        return "indicators[" + index + "]" + (field == null ? "" : "." + field);
    }

    /** 指标「name」, or 第 n 条指标（无名称） when the indicator has no name (n is 1-based, as a person counts rows). */
    static String indicatorZh(int index, IndicatorLine line) {
        return namedZh("条", "指标", index, line.name());
    }

    /** indicator 'name', or indicator n (no name). */
    static String indicatorEn(int index, IndicatorLine line) {
        return namedEn("indicator", index, line.name());
    }

    /** 任务「name」, or 第 n 项任务（无名称） when the task has no name. */
    static String taskZh(int index, TaskLine task) {
        return namedZh("项", "任务", index, task.name());
    }

    /** task 'name', or task n (no name). */
    static String taskEn(int index, TaskLine task) {
        return namedEn("task", index, task.name());
    }

    /** A row of the form by its name, or by its place with the measure word ({@code 条}, {@code 项}) a row counts in. */
    private static String namedZh(String measureWord, String noun, int index, String name) {
        return isBlank(name)
                ? "第 " + (index + 1) + " " + measureWord + noun + "（无名称）"
                : noun + "「" + shorten(name.strip()) + "」";
    }

    private static String namedEn(String noun, int index, String name) {
        return isBlank(name) ? noun + " " + (index + 1) + " (no name)" : noun + " '" + shorten(name.strip()) + "'";
    }

    /** A value as written, in Chinese quotes, shortened so that a pasted essay is not repeated whole. */
    static String q(String value) {
        return "“" + shorten(value) + "”";
    }

    /** A value as written, in single quotes, shortened like {@link #q(String)}. */
    static String sq(String value) {
        return "'" + shorten(value) + "'";
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        if (s.codePointCount(0, s.length()) <= QUOTE_LIMIT) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…";
    }

    /** {@code 632,600.00}. */
    static String yuan(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** A plain number without exponent or trailing zeros: {@code 21}, {@code 1.5}. */
    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
