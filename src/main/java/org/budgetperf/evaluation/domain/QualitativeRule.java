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
        String band = Figures.text(result.bandLow()) + "–" + Figures.text(result.bandHigh()) + " %";
        BigDecimal used;
        String problem = null;
        String how;
        if (percent == null) {
            used = result.bandLow();
            problem = "missing";
            how = "no score given, provisionally the band's lower edge " + Figures.text(used) + " %";
        } else if (!result.allows(percent)) {
            used = percent.compareTo(result.bandLow()) < 0 ? result.bandLow() : result.bandHigh();
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
}
