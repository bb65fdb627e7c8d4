package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How far a qualitative target was reached (R-MON-2, R-SCO-6), with the band of the weight the evaluator
 * may award. Bands include both edges, so 80 % is allowed for 达成 and for 部分达成, 60 % for 部分达成 and
 * for 未达成: the evaluator decides on which side of an edge a result falls, the service only refuses
 * scores outside the band.
 */
public enum QualitativeResult {
    ACHIEVED("达成", 80, 100, Light.GREEN),
    PARTIAL("部分达成", 60, 80, Light.YELLOW),
    NOT_ACHIEVED("未达成", 0, 60, Light.RED);

    /** Accepted spellings; anything else (基本达成, 较好 …) is refused rather than guessed. */
    private static final Map<String, QualitativeResult> SPELLINGS = Map.of(
            "达成",
            ACHIEVED,
            "已达成",
            ACHIEVED,
            "完成",
            ACHIEVED,
            "已完成",
            ACHIEVED,
            "全部达成",
            ACHIEVED,
            "部分达成",
            PARTIAL,
            "部分完成",
            PARTIAL,
            "未达成",
            NOT_ACHIEVED,
            "未完成",
            NOT_ACHIEVED);

    private final String label;
    private final BigDecimal bandLow;
    private final BigDecimal bandHigh;
    private final Light light;

    QualitativeResult(String label, int bandLow, int bandHigh, Light light) {
        this.label = label;
        this.bandLow = BigDecimal.valueOf(bandLow);
        this.bandHigh = BigDecimal.valueOf(bandHigh);
        this.light = light;
    }

    /** As written on the forms: 达成, 部分达成, 未达成. */
    public String label() {
        return label;
    }

    /** Lowest score the evaluator may give, in % of the weight. */
    public BigDecimal bandLow() {
        return bandLow;
    }

    /** Highest score the evaluator may give, in % of the weight. */
    public BigDecimal bandHigh() {
        return bandHigh;
    }

    /** The monitoring light of an expected year-end result (R-MON-2). */
    public Light light() {
        return light;
    }

    /** Whether the percentage lies in the band, edges included. */
    public boolean allows(BigDecimal percent) {
        return percent.compareTo(bandLow) >= 0 && percent.compareTo(bandHigh) <= 0;
    }

    /** The result a text states: 达成 / 已达成 / 完成 …, 部分达成 / 部分完成, 未达成 / 未完成; white space ignored. */
    public static Optional<QualitativeResult> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(SPELLINGS.get(text.replaceAll("[\\s\\u3000]+", "")));
    }
}
