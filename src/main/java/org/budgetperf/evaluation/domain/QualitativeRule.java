package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;

/**
 * <b>R-SCO-6 Qualitative indicator.</b>
 *
 * <p>Statement: the evaluator judges a qualitative target as 达成, 部分达成 or 未达成 and gives a score inside the
 * result's band; the service enforces the band.
 *
 * <p>Formula: score = weight × p / 100, p the evaluator's % of the weight, with 达成 80 ≤ p ≤ 100, 部分达成
 * 60 ≤ p ≤ 80, 未达成 0 ≤ p ≤ 60 (edges belong to both neighbouring bands). A p outside the band is an
 * {@link InvalidInput} and the line provisionally scores the nearest band edge; no p at all is an
 * {@link InvalidInput} and the line provisionally scores the band's lower edge (the least the result is worth), so a
 * preview still adds up.
 *
 * <p>Source: domain.md §4.4 R-SCO-6.
 */
final class QualitativeRule {

    static final String ID = "R-SCO-6";

    /**
     * @param score exact score
     * @param percentUsed the % of the weight the score is based on
     * @param problem null when p was given and inside the band; else "missing" or "outside"
     */
    record Result(Ratio score, BigDecimal percentUsed, String formula, String problem) {}

    Result score(Ratio weight, QualitativeResult result, BigDecimal percent) {
        return score(weight, result, percent, QualitativeBands.defaults());
    }

    /** As above, with the bands of a weight set. */
    Result score(Ratio weight, QualitativeResult result, BigDecimal percent, QualitativeBands bands) {
        BigDecimal low = bands.low(result);
        BigDecimal high = bands.high(result);
        String band = Figures.text(low) + "–" + Figures.text(high) + " %";
        BigDecimal used;
        String problem = null;
        String how;
        if (percent == null) {
            used = low;
            problem = "missing";
            how = "no score given, provisionally the band's lower edge " + Figures.text(used) + " %";
        } else if (percent.compareTo(low) < 0 || percent.compareTo(high) > 0) {
            used = percent.compareTo(low) < 0 ? low : high;
            problem = "outside";
            how = Figures.text(percent) + " % is outside " + band + ", provisionally " + Figures.text(used) + " %";
        } else {
            used = percent;
            how = Figures.text(percent) + " % (band " + band + ")";
        }
        Ratio score = weight.multiply(Ratio.of(used)).divide(Ratio.HUNDRED);
        return new Result(
                score,
                used,
                ID + ": " + result.label() + ", " + how + ": " + weight + " × " + Figures.text(used) + " / 100 = "
                        + Figures.result(score),
                problem);
    }

    /** The {@link InvalidInput} of a result whose percentage is missing or outside its band. */
    InvalidInput problem(
            Result q,
            String path,
            int i,
            String name,
            QualitativeResult r,
            BigDecimal givenPercent,
            QualitativeBands bands) {
        String low = Figures.text(bands.low(r));
        String high = Figures.text(bands.high(r));
        boolean missing = "missing".equals(q.problem());
        return new InvalidInput(
                ID,
                path + ".qualitativeScorePercent",
                i,
                name,
                givenPercent == null ? null : givenPercent.toPlainString(),
                Figures.indicatorZh(i, name) + "为" + r.label() + "，"
                        + (missing
                                ? "须给出 " + low + "–" + high + "% 之间的得分比例"
                                : "得分比例 " + Figures.text(givenPercent) + "% 不在 " + low + "–" + high + "% 之间")
                        + "；暂按 " + Figures.text(q.percentUsed()) + "% 计。",
                Figures.indicatorEn(i, name) + " is " + r.label() + ": "
                        + (missing
                                ? "a score between " + low + " and " + high + " % of the weight is required"
                                : "the score " + Figures.text(givenPercent) + " % is outside " + low + "–" + high
                                        + " %")
                        + "; provisionally " + Figures.text(q.percentUsed()) + " %.");
    }
}
