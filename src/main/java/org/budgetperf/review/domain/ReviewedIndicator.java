package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;

/**
 * An indicator row with its position and both values parsed ({@link TargetValueParser}).
 *
 * @param index position in {@code TargetTable.indicators()}
 * @param line the row as written
 * @param period the parsed 实施周期指标值 (kind BLANK when blank)
 * @param annual the parsed 年度指标值 (kind BLANK when blank)
 */
record ReviewedIndicator(int index, IndicatorLine line, TargetValue period, TargetValue annual) {

    /**
     * The table's indicators without placeholders. A placeholder is a row with no 三级 name and no value:
     * the empty 二级 rows of the real forms, which are legal and ignored (domain.md §2).
     */
    static List<ReviewedIndicator> of(TargetTable table) {
        List<ReviewedIndicator> out = new ArrayList<>();
        List<IndicatorLine> lines = table.indicators();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            if (isPlaceholder(line)) {
                continue;
            }
            out.add(new ReviewedIndicator(
                    i,
                    line,
                    TargetValueParser.parse(line.periodValue(), line.name()),
                    TargetValueParser.parse(line.annualValue(), line.name())));
        }
        return out;
    }

    static boolean isPlaceholder(IndicatorLine line) {
        return Texts.isBlank(line.name()) && Texts.isBlank(line.periodValue()) && Texts.isBlank(line.annualValue());
    }

    TargetValue value(ValueColumn column) {
        return column == ValueColumn.PERIOD ? period : annual;
    }

    /** The 三级 name, stripped; may be null. */
    String name() {
        return Texts.strip(line.name());
    }

    String zh() {
        return Texts.indicatorZh(index, line);
    }

    String en() {
        return Texts.indicatorEn(index, line);
    }

    /**
     * Whether this is a satisfaction indicator: its 一级, 二级 or 三级 name speaks of 满意 (满意度, 满意率).
     * The 一级 counts too, so that Zhanjiang 2024's truncated 二级 "服务对象" under 满意度指标 is still one.
     */
    boolean isSatisfaction() {
        return contains(line.level1(), "满意") || contains(line.level2(), "满意") || contains(line.name(), "满意");
    }

    private static boolean contains(String s, String part) {
        return s != null && s.contains(part);
    }

    static boolean has(TargetValue value, ValueFindingCode code) {
        return value.findings().stream().anyMatch(f -> f.code() == code);
    }
}
