package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;

/**
 * <b>R-MON-1 Execution light</b> (双监控: spending progress against time progress).
 *
 * <p>Statement: by month m, a budget should be spent about in step with the year; the light compares the two.
 *
 * <p>Formula: v = (spent / budget) ÷ (month / 12) × 100, computed exactly and rounded half-up to 2 decimals once;
 * v &lt; red (60) → RED, v &lt; yellow (80) → YELLOW, else GREEN. The light is judged on v as shown, so a person
 * reading 60.00 never sees a red light. v above 100 (ahead of time) is GREEN. Budget blank, 0 or negative, or
 * spending blank or negative → NOT_COMPUTABLE, and the message says which (blank is not zero).
 *
 * <p>Source: domain.md §4.3 R-MON-1; the thresholds are configuration ({@link MonitoringThresholds}).
 */
public final class ExecutionLightRule {

    public static final String ID = "R-MON-1";
    private static final Ratio TWELVE = Ratio.of(12);

    /**
     * @param subject what is measured, for messages: 预算 or the task's name
     */
    public ExecutionLight evaluate(
            int month, BigDecimal budget, BigDecimal spent, MonitoringThresholds thresholds, String subject) {
        String why = null;
        String whyEn = null;
        if (budget == null) {
            why = "预算数为空白";
            whyEn = "the budget is blank";
        } else if (budget.signum() <= 0) {
            why = "预算数为 " + Figures.yuan(budget) + " 元";
            whyEn = "the budget is " + Figures.yuan(budget) + " yuan";
        } else if (spent == null) {
            why = "支出数为空白（空白不是 0）";
            whyEn = "the spending to date is blank (blank is not zero)";
        } else if (spent.signum() < 0) {
            why = "支出数为负数 " + Figures.yuan(spent) + " 元";
            whyEn = "the spending to date is negative, " + Figures.yuan(spent) + " yuan";
        }
        // The subject is the budget (预算) or a task's name; the English message names the budget in English.
        String subjectEn = "预算".equals(subject) ? "the budget" : subject;
        if (why != null) {
            return new ExecutionLight(
                    budget,
                    spent,
                    month,
                    null,
                    null,
                    Light.NOT_COMPUTABLE,
                    ID,
                    ID + ": not computable, " + whyEn,
                    subject + "执行进度无法计算：" + why + "。",
                    "Execution of " + subjectEn + " cannot be computed: " + whyEn + ".");
        }
        Ratio share = Ratio.of(spent).divide(Ratio.of(budget));
        Ratio v = share.divide(Ratio.of(month).divide(TWELVE)).multiply(Ratio.HUNDRED);
        BigDecimal shown = Figures.two(v);
        Light light = shown.compareTo(thresholds.red()) < 0
                ? Light.RED
                : shown.compareTo(thresholds.yellow()) < 0 ? Light.YELLOW : Light.GREEN;
        String comparison = switch (light) {
            case RED -> " < " + Figures.text(thresholds.red());
            case YELLOW -> " < " + Figures.text(thresholds.yellow());
            default -> " ≥ " + Figures.text(thresholds.yellow());
        };
        String formula = ID + ": (" + Figures.yuan(spent) + " / " + Figures.yuan(budget) + ") ÷ (" + month
                + " / 12) × 100 = " + Figures.result(v) + comparison + " → " + light;
        BigDecimal rate = Figures.two(share.multiply(Ratio.HUNDRED));
        return new ExecutionLight(
                budget,
                spent,
                month,
                rate,
                shown,
                light,
                ID,
                formula,
                subject + "截至 " + month + " 月支出 " + Figures.yuan(spent) + " 元，占预算 " + Figures.yuan(budget) + " 元的 "
                        + rate.toPlainString() + "%，时间进度 "
                        + Figures.result(Ratio.of(month).divide(TWELVE).multiply(Ratio.HUNDRED))
                        + "%，执行进度指数 " + shown.toPlainString() + "，" + zh(light) + "。",
                "By month " + month + ", " + subjectEn + " spent " + Figures.yuan(spent) + " of " + Figures.yuan(budget)
                        + " yuan (" + rate.toPlainString() + " %); against time progress that is "
                        + shown.toPlainString() + ": " + light + ".");
    }

    private static String zh(Light light) {
        return switch (light) {
            case RED -> "红灯";
            case YELLOW -> "黄灯";
            case GREEN -> "绿灯";
            case NOT_COMPUTABLE -> "无法计算";
        };
    }

    static String lightZh(Light light) {
        return zh(light);
    }
}
