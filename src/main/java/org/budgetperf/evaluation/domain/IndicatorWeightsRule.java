package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * <b>R-SCO-1 Indicator weights within a 一级 group.</b>
 *
 * <p>Statement: a group's weight (产出 50 …) is shared by its indicators: as the table gives their weights
 * ({@code IndicatorLine.weight}), or evenly.
 *
 * <p>Formula, for a group of weight G with n indicators of which k have a weight, given weights summing to S:
 * <ul>
 *   <li>k = 0: each G / n.</li>
 *   <li>k = n, S = G: as given.</li>
 *   <li>k = n, S ≠ G, S &gt; 0: each given × G / S (the proportions are kept, the group weight rules: Yuzhong's 产出
 *       weights 15 + 5 × 5 = 40 become 18.75 + 6.25 × 5 = 50 under 2026.1).</li>
 *   <li>k = n, S = 0: each G / n (zero weights carry no proportion).</li>
 *   <li>0 &lt; k &lt; n, S &lt; G: given weights as given; the others share what is left, (G − S) / (n − k) each — a
 *       department that weighs some indicators in the group's points and leaves the rest blank means that.</li>
 *   <li>0 &lt; k &lt; n, S ≥ G: nothing is left, so the others get the mean of the given weights, S / k, and then all
 *       are scaled by G / (S + (n − k) × S / k).</li>
 * </ul>
 * Everything is exact ({@link Ratio}); the weights of a group always add up to G exactly. A negative weight is
 * reported by the rule set and treated as not given.
 *
 * <p>Source: domain.md §4.4 R-SCO-1 ("Within a 一级, indicator weights are given or split evenly").
 */
final class IndicatorWeightsRule {

    static final String ID = "R-SCO-1";

    /** An indicator of the group and its given weight (null = not given). */
    record Member(int indicatorIndex, BigDecimal given) {}

    /** The exact weight and how it was found. */
    record Assigned(Ratio weight, String formula) {}

    /** Weights per indicator index, in member order. */
    Map<Integer, Assigned> distribute(BigDecimal groupWeight, List<Member> members) {
        Map<Integer, Assigned> out = new LinkedHashMap<>();
        int n = members.size();
        if (n == 0) {
            return out;
        }
        Ratio g = Ratio.of(groupWeight);
        String gText = Figures.text(groupWeight);
        List<Member> given = members.stream().filter(m -> m.given() != null).toList();
        int k = given.size();
        Ratio sum = given.stream().map(m -> Ratio.of(m.given())).reduce(Ratio.ZERO, Ratio::add);
        String sumText = sum.text();
        if (k == 0 || (k == n && sum.signum() == 0)) {
            Ratio each = g.divide(Ratio.of(n));
            String why = k == 0 ? "" : "given weights add up to 0; ";
            members.forEach(m -> out.put(
                    m.indicatorIndex(),
                    new Assigned(each, ID + ": " + why + gText + " / " + n + " = " + Figures.result(each))));
        } else if (k == n && sum.equals(g)) {
            members.forEach(m -> out.put(
                    m.indicatorIndex(),
                    new Assigned(
                            Ratio.of(m.given()),
                            ID + ": given " + Figures.text(m.given()) + " (group " + gText + " = Σ given)")));
        } else if (k == n) {
            members.forEach(m -> {
                Ratio w = Ratio.of(m.given()).multiply(g).divide(sum);
                out.put(
                        m.indicatorIndex(),
                        new Assigned(
                                w,
                                ID + ": given " + Figures.text(m.given()) + " × " + gText + " / " + sumText
                                        + " (Σ given) = " + Figures.result(w)));
            });
        } else if (sum.compareTo(g) < 0) {
            Ratio rest = g.subtract(sum).divide(Ratio.of(n - k));
            members.forEach(m -> out.put(
                    m.indicatorIndex(),
                    m.given() != null
                            ? new Assigned(Ratio.of(m.given()), ID + ": given " + Figures.text(m.given()))
                            : new Assigned(
                                    rest,
                                    ID + ": not given, shares what the given weights leave: (" + gText + " − " + sumText
                                            + ") / " + (n - k) + " = " + Figures.result(rest))));
        } else {
            Ratio mean = sum.divide(Ratio.of(k));
            Ratio total = sum.add(mean.multiply(Ratio.of(n - k)));
            members.forEach(m -> {
                Ratio base = m.given() != null ? Ratio.of(m.given()) : mean;
                Ratio w = base.multiply(g).divide(total);
                String what = m.given() != null
                        ? "given " + Figures.text(m.given())
                        : "not given, mean of the given " + sumText + " / " + k + " = " + mean.text();
                out.put(
                        m.indicatorIndex(),
                        new Assigned(
                                w,
                                ID + ": " + what + "; × " + gText + " / " + total.text() + " (Σ) = "
                                        + Figures.result(w)));
            });
        }
        return out;
    }
}
