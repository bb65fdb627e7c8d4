package org.budgetperf.review.domain;

import org.budgetperf.budget.domain.IndicatorLine;

/** The two value columns of an indicator row, with their JSON property and form labels. */
enum ValueColumn {
    PERIOD("periodValue", "实施周期指标值", "period value"),
    ANNUAL("annualValue", "年度指标值", "annual value");

    final String property;
    final String zh;
    final String en;

    ValueColumn(String property, String zh, String en) {
        this.property = property;
        this.zh = zh;
        this.en = en;
    }

    String raw(IndicatorLine line) {
        return this == PERIOD ? line.periodValue() : line.annualValue();
    }
}
