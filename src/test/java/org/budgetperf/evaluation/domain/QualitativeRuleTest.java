package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-SCO-6: the evaluator's score inside the band of the result; edges belong to both bands. */
class QualitativeRuleTest {

    private final QualitativeRule rule = new QualitativeRule();

    @ParameterizedTest(name = "{0} at {1} % of 10 → {2} ({3})")
    @CsvSource({
        "ACHIEVED, 100, 10.00, ",
        "ACHIEVED, 80, 8.00, ",
        "ACHIEVED, 79.99, 8.00, outside",
        "ACHIEVED, 100.01, 10.00, outside",
        "PARTIAL, 80, 8.00, ",
        "PARTIAL, 60, 6.00, ",
        "PARTIAL, 70, 7.00, ",
        "PARTIAL, 80.01, 8.00, outside",
        "PARTIAL, 59.99, 6.00, outside",
        "NOT_ACHIEVED, 60, 6.00, ",
        "NOT_ACHIEVED, 0, 0.00, ",
        "NOT_ACHIEVED, 60.01, 6.00, outside",
        "NOT_ACHIEVED, -1, 0.00, outside",
    })
    void enforcesTheBand(QualitativeResult result, String percent, String score, String problem) {
        QualitativeRule.Result r = rule.score(Ratio.of(10), result, new BigDecimal(percent));
        assertThat(r.score().round(2)).isEqualByComparingTo(score);
        assertThat(r.problem()).isEqualTo(problem);
    }

    @Test
    void withoutAScoreTakesTheBandsLowerEdgeProvisionally() {
        QualitativeRule.Result r = rule.score(Ratio.of(2), QualitativeResult.PARTIAL, null);
        assertThat(r.score().round(2)).isEqualByComparingTo("1.20");
        assertThat(r.problem()).isEqualTo("missing");
        assertThat(r.formula())
                .isEqualTo(
                        "R-SCO-6: 部分达成, no score given, provisionally the band's lower edge 60 %: 2 × 60 / 100 = 1.20");
    }

    @Test
    void showsTheFormula() {
        assertThat(rule.score(Ratio.of(10), QualitativeResult.ACHIEVED, new BigDecimal("95"))
                        .formula())
                .isEqualTo("R-SCO-6: 达成, 95 % (band 80–100 %): 10 × 95 / 100 = 9.50");
        assertThat(rule.score(Ratio.of(2), QualitativeResult.PARTIAL, new BigDecimal("85"))
                        .formula())
                .isEqualTo("R-SCO-6: 部分达成, 85 % is outside 60–80 %, provisionally 80 %: 2 × 80 / 100 = 1.60");
    }

    @Test
    void readsTheThreeResultsAndTheirUsualSpellings() {
        assertThat(QualitativeResult.parse("达成")).contains(QualitativeResult.ACHIEVED);
        assertThat(QualitativeResult.parse(" 已完成 ")).contains(QualitativeResult.ACHIEVED);
        assertThat(QualitativeResult.parse("部分 达成")).contains(QualitativeResult.PARTIAL);
        assertThat(QualitativeResult.parse("未完成")).contains(QualitativeResult.NOT_ACHIEVED);
        assertThat(QualitativeResult.parse("基本达成")).isEmpty();
        assertThat(QualitativeResult.parse(null)).isEmpty();
    }
}
