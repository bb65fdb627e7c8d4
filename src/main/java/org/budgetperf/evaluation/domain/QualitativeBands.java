package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * <b>R-SCO-6</b> The bands of a qualitative result, in % of the indicator's weight: 达成 from {@code achievedFrom} to
 * 100, 部分达成 from {@code partialFrom} to {@code achievedFrom}, 未达成 from 0 to {@code partialFrom} (edges belong to
 * both neighbours). Part of a weight set, because regions word and band their qualitative results differently; the
 * national default is 80 / 60 (domain.md §4.4 R-SCO-6).
 *
 * @param achievedFrom lower edge of 达成, above {@code partialFrom} and below 100
 * @param partialFrom lower edge of 部分达成, above 0
 * @throws IllegalArgumentException when the edges are not 0 &lt; partialFrom &lt; achievedFrom &lt; 100
 */
public record QualitativeBands(BigDecimal achievedFrom, BigDecimal partialFrom) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public QualitativeBands {
        Objects.requireNonNull(achievedFrom, "achievedFrom");
        Objects.requireNonNull(partialFrom, "partialFrom");
        Figures.requireReasonable(achievedFrom, "achievedFrom");
        Figures.requireReasonable(partialFrom, "partialFrom");
        if (partialFrom.signum() <= 0
                || partialFrom.compareTo(achievedFrom) >= 0
                || achievedFrom.compareTo(HUNDRED) >= 0) {
            throw new InvalidSetting(
                    "qualitative bands need 0 < partialFrom < achievedFrom < 100, are " + partialFrom.toPlainString()
                            + " and " + achievedFrom.toPlainString(),
                    "定性分档须满足 0 < 部分达成下限 < 达成下限 < 100，现为 " + partialFrom.toPlainString() + " 和 "
                            + achievedFrom.toPlainString());
        }
    }

    /** 达成 80–100, 部分达成 60–80, 未达成 0–60. */
    public static QualitativeBands defaults() {
        return new QualitativeBands(QualitativeResult.ACHIEVED.bandLow(), QualitativeResult.PARTIAL.bandLow());
    }

    /** The lowest % of the weight a result may earn. */
    public BigDecimal low(QualitativeResult result) {
        return switch (result) {
            case ACHIEVED -> achievedFrom;
            case PARTIAL -> partialFrom;
            case NOT_ACHIEVED -> BigDecimal.ZERO;
        };
    }

    /** The highest % of the weight a result may earn. */
    public BigDecimal high(QualitativeResult result) {
        return switch (result) {
            case ACHIEVED -> HUNDRED;
            case PARTIAL -> achievedFrom;
            case NOT_ACHIEVED -> partialFrom;
        };
    }
}
