package org.budgetperf.budget.indicator.domain;

/**
 * Why a parsed target value deserves a reviewer's attention. The parser only reports; the review
 * rules (R-VAL-*) decide severities.
 */
public enum ValueFindingCode {
    /** The operator was written in a variant form (≧ ≦ ＝ ﹦ ＞ ＜ >= <= 不低于 以上 …) and read as the canonical one. */
    OPERATOR_NORMALISED,
    /** A recognisable value with stray characters ({@code %≥95%}, {@code %95}, {@code 95%%}); read as the evident value. */
    MALFORMED,
    /** A unit-less number in (0, 1] on a rate indicator (name ends in 率/比例/占比/比重): probably Excel's 100%. */
    FRACTION_FOR_RATE,
    /** A sentence with exactly one comparison in it ({@code 举办≥2场创业就业沙龙…}); the comparison was extracted. */
    EMBEDDED_COMPARISON,
    /** The value defers the target (根据下达任务目标要求确定): there is nothing to review or score against. */
    NOT_A_TARGET,
    /** Text that starts like a number or comparison but does not follow the grammar (two values, {@code 1:1:1}, {@code ≥优}). */
    UNPARSED_TEXT,
    /** A range such as {@code 90%-95%}: read as ≥ its lower bound, the upper bound is ignored and must be confirmed. */
    RANGE
}
