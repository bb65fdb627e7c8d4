package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-SCO-1: a group's weight shared by its indicators, exactly. */
class IndicatorWeightsRuleTest {

    private final IndicatorWeightsRule rule = new IndicatorWeightsRule();

    private Map<Integer, IndicatorWeightsRule.Assigned> distribute(String group, String... given) {
        List<IndicatorWeightsRule.Member> members = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            members.add(new IndicatorWeightsRule.Member(i, given[i] == null ? null : new BigDecimal(given[i])));
        }
        Map<Integer, IndicatorWeightsRule.Assigned> out = rule.distribute(new BigDecimal(group), members);
        assertThat(out.values().stream()
                        .map(IndicatorWeightsRule.Assigned::weight)
                        .reduce(Ratio.ZERO, Ratio::add))
                .as("the weights of a group add up to the group's weight exactly")
                .isEqualTo(Ratio.of(new BigDecimal(group)));
        return out;
    }

    private static List<String> weights(Map<Integer, IndicatorWeightsRule.Assigned> out) {
        return out.values().stream().map(a -> a.weight().text()).toList();
    }

    @Test
    void splitsEvenlyWhenNoWeightIsGiven() {
        var out = distribute("50", null, null, null, null, null, null);
        assertThat(weights(out)).containsOnly("8.333333…");
        assertThat(out.get(0).formula()).isEqualTo("R-SCO-1: 50 / 6 = 8.333333… → 8.33");
    }

    @Test
    void keepsGivenWeightsThatMakeTheGroupWeight() {
        var out = distribute("30", "20", "10");
        assertThat(weights(out)).containsExactly("20", "10");
        assertThat(out.get(0).formula()).isEqualTo("R-SCO-1: given 20 (group 30 = Σ given)");
    }

    @Test
    void scalesGivenWeightsToTheGroupWeight() {
        // Yuzhong 2021 产出: 15 + 5 × 5 = 40 on the form, 50 under 2026.1
        var out = distribute("50", "15", "5", "5", "5", "5", "5");
        assertThat(weights(out)).containsExactly("18.75", "6.25", "6.25", "6.25", "6.25", "6.25");
        assertThat(out.get(0).formula()).isEqualTo("R-SCO-1: given 15 × 50 / 40 (Σ given) = 18.75");
        // Yuzhong 满意度: one indicator weighing 15 on the form, 10 under 2026.1
        assertThat(weights(distribute("10", "15"))).containsExactly("10");
    }

    @Test
    void splitsEvenlyWhenGivenWeightsAreAllZero() {
        var out = distribute("10", "0", "0");
        assertThat(weights(out)).containsExactly("5", "5");
        assertThat(out.get(0).formula()).startsWith("R-SCO-1: given weights add up to 0; 10 / 2");
    }

    @Test
    void letsIndicatorsWithoutWeightShareWhatTheGivenOnesLeave() {
        var out = distribute("50", "20", null, "10", null);
        assertThat(weights(out)).containsExactly("20", "10", "10", "10");
        assertThat(out.get(1).formula())
                .isEqualTo("R-SCO-1: not given, shares what the given weights leave: (50 − 30) / 2 = 10.00");
    }

    @Test
    void givesIndicatorsWithoutWeightTheMeanWhenNothingIsLeft() {
        // 40 + 20 ≥ 50: the blank one gets the mean 30, then 40 : 20 : 30 is scaled to 50
        var out = distribute("50", "40", "20", null);
        assertThat(weights(out)).containsExactly("22.222222…", "11.111111…", "16.666666…");
        assertThat(out.get(2).formula())
                .isEqualTo("R-SCO-1: not given, mean of the given 60 / 2 = 30; × 50 / 90 (Σ) = 16.666666… → 16.67");
        // given weights exactly equal to the group weight leave nothing either
        assertThat(weights(distribute("10", "10", null))).containsExactly("5", "5");
    }

    @Test
    void hasNothingToShareWithoutIndicators() {
        assertThat(rule.distribute(BigDecimal.TEN, List.of())).isEmpty();
    }
}
