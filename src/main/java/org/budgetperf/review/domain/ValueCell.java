package org.budgetperf.review.domain;

import org.budgetperf.budget.indicator.domain.TargetValue;

/**
 * One value cell of the table: an indicator and one of its value columns, with the words every value
 * rule opens its messages with.
 *
 * @param indicator the indicator row
 * @param column the 实施周期指标值 or the 年度指标值
 */
record ValueCell(ReviewedIndicator indicator, ValueColumn column) {

    /** The parsed value of the cell (kind BLANK when blank). */
    TargetValue value() {
        return indicator.value(column);
    }

    /** 指标「name」的年度指标值“raw”. */
    String zh() {
        return zh("");
    }

    /** The cell of an indicator of a kind: 比率类指标「name」的年度指标值“raw”. */
    String zh(String kind) {
        return kind + indicator.zh() + "的" + column.zh + Texts.q(value().raw());
    }

    /** The annual value 'raw' of indicator 'name'. */
    String en() {
        return en("");
    }

    /** The cell of an indicator of a kind, {@code kind} ending in a space: The annual value 'raw' of rate indicator 'name'. */
    String en(String kind) {
        return "The " + column.en + " " + Texts.sq(value().raw()) + " of " + kind + indicator.en();
    }
}
