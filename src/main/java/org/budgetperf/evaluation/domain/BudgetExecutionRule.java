package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * <b>R-SCO-2 预算执行率.</b>
 *
 * <p>Statement: money approved should be spent; execution at or above 90 % earns the full 预算执行率 weight, each
 * 5 % (or part of 5 %) below 90 % costs one point, down to 0; below 90 % a reason is required.
 *
 * <p>Formula: rate = spent / adjusted budget × 100, rounded half-up to 2 decimals once. rate ≥ 90 → weight; else
 * deducted = ⌈(90 − rate) / 5⌉ points, score = max(0, weight − deducted). Examples with weight 10: 90 → 10,
 * 89.99 → 9, 88 → 9, 85 → 9, 84.99 → 8, 0 → 0. The deduction is in points, not in % of the weight, because the
 * local rule says "每低于5%扣1分，扣完为止" (Yuzhong 2021); with another weight (Yuzhong's own form gives 8) a point
 * is still a point. The rate is judged as shown, so 89.996 % (shown 90.00 %) earns full marks.
 *
 * <p>Adjusted budget blank, 0 or negative, or spending blank or negative: not computable, score 0 and an
 * {@link InvalidInput}. A rate above 100 % earns full marks and is noted in the formula (spending beyond the
 * adjusted budget is for the finance bureau to look at, not a scoring matter).
 *
 * <p>Source: domain.md §4.4 R-SCO-2; Yuzhong 2021 form: "预算执行率=项目支出数/(上年结转+年初预算+本年追加追减预算
 * （不含年底收回））×100%，90%以上计满分,每低于5%扣1分，扣完为止".
 */
final class BudgetExecutionRule {

    static final String ID = "R-SCO-2";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Result(
            BudgetExecutionScore score,
            Ratio exactScore,
            List<MissingExplanation> missing,
            List<InvalidInput> invalid) {}

    Result evaluate(BigDecimal adjustedBudget, BigDecimal spent, String reason, BigDecimal weight) {
        return evaluate(adjustedBudget, spent, reason, weight, ExecutionDeduction.defaults());
    }

    /** As above, deducting as the weight set says (full marks from, step, points per step). */
    Result evaluate(
            BigDecimal adjustedBudget, BigDecimal spent, String reason, BigDecimal weight, ExecutionDeduction rule) {
        BigDecimal fullMarks = rule.fullMarksRate();
        String full = Figures.text(fullMarks);
        List<MissingExplanation> missing = new ArrayList<>();
        List<InvalidInput> invalid = new ArrayList<>();
        String problemZh = null;
        String problemEn = null;
        String field = null;
        String value = null;
        if (adjustedBudget == null || adjustedBudget.signum() <= 0) {
            field = "adjustedBudget";
            value = adjustedBudget == null ? null : adjustedBudget.toPlainString();
            problemZh =
                    adjustedBudget == null ? "全年预算数（调整后预算）为空白" : "全年预算数（调整后预算）为 " + Figures.yuan(adjustedBudget) + " 元";
            problemEn = adjustedBudget == null
                    ? "the adjusted budget is blank"
                    : "the adjusted budget is " + Figures.yuan(adjustedBudget) + " yuan";
        } else if (spent == null || spent.signum() < 0) {
            field = "spent";
            value = spent == null ? null : spent.toPlainString();
            problemZh = spent == null ? "全年执行数为空白（空白不是 0）" : "全年执行数为负数";
            problemEn = spent == null ? "the spending is blank (blank is not zero)" : "the spending is negative";
        }
        if (problemZh != null) {
            invalid.add(new InvalidInput(
                    ID,
                    field,
                    null,
                    "预算执行率",
                    value,
                    "预算执行率无法计算：" + problemZh + "，本项按 0 分计。",
                    "预算执行率 cannot be computed: " + problemEn + "; it scores 0."));
            return new Result(
                    new BudgetExecutionScore(
                            adjustedBudget,
                            spent,
                            null,
                            weight,
                            null,
                            new BigDecimal("0.00"),
                            ID,
                            ID + ": not computable, " + problemEn + " → 0 = 0.00",
                            reason,
                            null,
                            List.of()),
                    Ratio.ZERO,
                    missing,
                    invalid);
        }
        Ratio exactRate = Ratio.of(spent).divide(Ratio.of(adjustedBudget)).multiply(Ratio.HUNDRED);
        BigDecimal rate = Figures.two(exactRate);
        String rateText = ID + ": " + Figures.yuan(spent) + " / " + Figures.yuan(adjustedBudget) + " × 100 = "
                + Figures.result(exactRate) + " %";
        BigDecimal w = weight;
        if (rate.compareTo(fullMarks) >= 0) {
            String over = rate.compareTo(HUNDRED) > 0 ? " (above 100 %: spending exceeds the adjusted budget)" : "";
            return new Result(
                    new BudgetExecutionScore(
                            adjustedBudget,
                            spent,
                            rate,
                            w,
                            0,
                            Figures.two(w),
                            ID,
                            rateText + " ≥ " + full + " %" + over + " → full weight = "
                                    + Figures.two(w).toPlainString(),
                            reason,
                            null,
                            List.of()),
                    Ratio.of(w),
                    missing,
                    invalid);
        }
        BigDecimal below = fullMarks.subtract(rate);
        int steps = Ratio.of(below).divide(Ratio.of(rule.step())).ceiling().intValueExact();
        BigDecimal deducted = rule.pointsPerStep().multiply(BigDecimal.valueOf(steps));
        // one point per step (the national rule) keeps the short wording; other rules show the multiplication
        String deduction = rule.pointsPerStep().compareTo(BigDecimal.ONE) == 0
                ? steps + " point" + (steps == 1 ? "" : "s")
                : steps + " step" + (steps == 1 ? "" : "s") + " × " + Figures.text(rule.pointsPerStep()) + " = "
                        + Figures.text(deducted) + " points";
        BigDecimal score = w.subtract(deducted).max(BigDecimal.ZERO);
        String formula = rateText + " < " + full + " %: " + full + " − " + rate.toPlainString() + " = "
                + below.toPlainString() + ", ⌈" + below.toPlainString() + " / " + Figures.text(rule.step()) + "⌉ = "
                + deduction + " deducted: max(0, " + Figures.text(w) + " − " + Figures.text(deducted) + ") = "
                + Figures.two(score).toPlainString();
        if (Figures.isBlank(reason)) {
            missing.add(new MissingExplanation(
                    ID,
                    "executionShortfallReason",
                    null,
                    "预算执行率",
                    "预算执行率 " + rate.toPlainString() + "% 低于 " + full + "%，须说明原因。",
                    "Budget execution is " + rate.toPlainString() + " %, below " + full + " %: a reason is required."));
        }
        return new Result(
                new BudgetExecutionScore(
                        adjustedBudget,
                        spent,
                        rate,
                        w,
                        steps,
                        Figures.two(score),
                        ID,
                        formula,
                        reason,
                        null,
                        List.of()),
                Ratio.of(score),
                missing,
                invalid);
    }
}
