package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * <b>R-SCO-7 Grade.</b>
 *
 * <p>Formula: total ≥ 90 → 优; 80 ≤ total &lt; 90 → 良; 60 ≤ total &lt; 80 → 中; below 60 → 差. The grade is that of the
 * total as shown (2 decimals), so a printed 90.00 is always 优.
 *
 * <p>Source: domain.md §4.4 R-SCO-7; the bands set for central departments' self-evaluations (财预〔2020〕10号).
 */
public final class GradeRule {

    public static final String ID = "R-SCO-7";
    private static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
    private static final BigDecimal GOOD = BigDecimal.valueOf(80);
    private static final BigDecimal FAIR = BigDecimal.valueOf(60);

    private GradeRule() {}

    /** 优, 良, 中 or 差 for a total rounded to 2 decimals. */
    public static String grade(BigDecimal total) {
        Objects.requireNonNull(total, "total");
        if (total.compareTo(EXCELLENT) >= 0) {
            return "优";
        }
        if (total.compareTo(GOOD) >= 0) {
            return "良";
        }
        return total.compareTo(FAIR) >= 0 ? "中" : "差";
    }
}
