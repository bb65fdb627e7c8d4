package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetperf.budget.indicator.domain.Operator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-SCO-3, R-SCO-4, R-SCO-5: the share of the weight an actual value earns, and the formula shown. */
class QuantitativeRulesTest {

    private static String score(Operator operator, String weight, String target, String actual) {
        QuantitativeRule rule = QuantitativeRule.forOperator(operator);
        Ratio w = Ratio.of(new BigDecimal(weight));
        return w.multiply(rule.fraction(Ratio.of(new BigDecimal(target)), Ratio.of(new BigDecimal(actual))))
                .round(2)
                .toPlainString();
    }

    private static String formula(Operator operator, String weight, String target, String actual) {
        return QuantitativeRule.forOperator(operator)
                .formula(
                        Ratio.of(new BigDecimal(weight)),
                        Ratio.of(new BigDecimal(target)),
                        Ratio.of(new BigDecimal(actual)));
    }

    @ParameterizedTest(name = "≥{1}, actual {2}, weight {0} → {3}")
    @CsvSource({
        "20, 100, 95, 19.00, R-SCO-3: 20 × 95 / 100 = 19.00",
        "20, 100, 100, 20.00, R-SCO-3: 100 ≥ 100 → full weight = 20.00",
        "20, 100, 150, 20.00, R-SCO-3: 150 ≥ 100 → full weight = 20.00",
        "18.75, 4, 3, 14.06, R-SCO-3: 18.75 × 3 / 4 = 14.0625 → 14.06",
        "5, 39500, 30000, 3.80, R-SCO-3: 5 × 30000 / 39500 = 3.797468… → 3.80",
        "20, 100, 0, 0.00, R-SCO-3: 0 ≤ 0 → 0 = 0.00",
        "20, 100, -5, 0.00, R-SCO-3: -5 ≤ 0 → 0 = 0.00",
        "20, 0, 0, 20.00, R-SCO-3: 0 ≥ 0 → full weight = 20.00",
        "20, 0, -1, 0.00, 'R-SCO-3: -1 < 0, target not positive → 0 = 0.00'",
        "20, -5, -10, 0.00, 'R-SCO-3: -10 < -5, target not positive → 0 = 0.00'",
    })
    void scoresHigherIsBetter(String weight, String target, String actual, String score, String formula) {
        assertThat(score(Operator.GE, weight, target, actual)).isEqualTo(score);
        assertThat(formula(Operator.GE, weight, target, actual)).isEqualTo(formula);
        assertThat(score(Operator.GT, weight, target, actual))
                .as("> is scored like ≥")
                .isEqualTo(score);
    }

    @ParameterizedTest(name = "≤{1}, actual {2} → {3}")
    @CsvSource({
        "10, 32, 0, 10.00, R-SCO-4: 0 ≤ 32 → full weight = 10.00",
        "10, 32, 32, 10.00, R-SCO-4: 32 ≤ 32 → full weight = 10.00", // 1 × target
        "10, 32, 40, 7.50, R-SCO-4: 10 × (1 − (40 − 32) / 32) = 7.50",
        "10, 32, 48, 5.00, R-SCO-4: 10 × (1 − (48 − 32) / 32) = 5.00", // 1.5 × target: half
        "10, 32, 63.99, 0.00, R-SCO-4: 10 × (1 − (63.99 − 32) / 32) = 0.003125 → 0.00",
        "10, 32, 64, 0.00, R-SCO-4: 64 ≥ 2 × 32 → 0 = 0.00", // 2 × target
        "10, 32, 100, 0.00, R-SCO-4: 100 ≥ 2 × 32 → 0 = 0.00",
        "10, 0, 0, 10.00, R-SCO-4: 0 ≤ 0 → full weight = 10.00",
        "10, 0, 1, 0.00, 'R-SCO-4: 1 > 0, target not positive → 0 = 0.00'",
        "6, 1, 1.2, 4.80, R-SCO-4: 6 × (1 − (1.2 − 1) / 1) = 4.80",
    })
    void scoresLowerIsBetter(String weight, String target, String actual, String score, String formula) {
        assertThat(score(Operator.LE, weight, target, actual)).isEqualTo(score);
        assertThat(formula(Operator.LE, weight, target, actual)).isEqualTo(formula);
        assertThat(score(Operator.LT, weight, target, actual))
                .as("< is scored like ≤")
                .isEqualTo(score);
    }

    @ParameterizedTest(name = "={1}, actual {2} → {3}")
    @CsvSource({
        "10, 7, 7, 10.00, R-SCO-5: 7 ≥ 7 → full weight = 10.00",
        "10, 7, 9, 10.00, R-SCO-5: 9 ≥ 7 → full weight = 10.00",
        "10, 7, 5, 7.14, R-SCO-5: 10 × 5 / 7 = 7.142857… → 7.14",
        "5, 100, 100, 5.00, R-SCO-5: 100 ≥ 100 → full weight = 5.00",
        "10, 0, 0, 10.00, 'R-SCO-5: target 0, 0 ≤ 0 → full weight = 10.00'",
        "10, 0, -1, 10.00, 'R-SCO-5: target 0, -1 ≤ 0 → full weight = 10.00'",
        "10, 0, 1, 0.00, 'R-SCO-5: target 0, 1 > 0 → 0 = 0.00'",
    })
    void scoresEqualTargets(String weight, String target, String actual, String score, String formula) {
        assertThat(score(Operator.EQ, weight, target, actual)).isEqualTo(score);
        assertThat(formula(Operator.EQ, weight, target, actual)).isEqualTo(formula);
    }

    @ParameterizedTest(name = "{0}{1}, actual {2}: explanation required = {3}")
    @CsvSource({
        "GE, 100, 129.99, false",
        "GE, 100, 130, true", // exceeded by 30 %: the target was set too low
        "GE, 100, 99, true", // missed
        "GE, 1, 3, true", // Yuzhong: ≥1个 reached 3
        "GE, 39500, 49358, false", // Yuzhong: 1.2496 × target
        "EQ, 7, 10, true",
        "EQ, 0, 0, false", // hitting a zero target is not beating it
        "LE, 10, 7.01, false",
        "LE, 10, 7, true", // a ceiling undercut by 30 %: set too loose
        "LE, 10, 11, true", // missed
        "LE, 0, 0, false",
        "GE, 0, 5, false",
    })
    void requiresADeviationExplanationWhenMissedOrFarExceeded(
            Operator operator, String target, String actual, boolean required) {
        QuantitativeRule rule = QuantitativeRule.forOperator(operator);
        Ratio t = Ratio.of(new BigDecimal(target));
        Ratio a = Ratio.of(new BigDecimal(actual));
        assertThat(new DeviationExplanationRule()
                        .quantitative(operator, rule.met(t, a), t, a)
                        .isPresent())
                .isEqualTo(required);
    }
}
