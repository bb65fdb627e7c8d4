package org.budgetperf.review.domain;

import java.util.Objects;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.ValueKind;

/**
 * Whether one target asks less than a figure of last year: a lower bound ({@code ≥}, {@code >}) below it, an upper
 * bound ({@code ≤}, {@code <}) above it, or a lower grade (优 &gt; 良 &gt; 中 &gt; 差). Figures in different units,
 * in the other direction, or not quantitative are not comparable and never "weaker".
 */
final class TargetStrength {

    private static final String GRADE_ORDER = "差中良优";

    private TargetStrength() {}

    /** Whether {@code now} asks less than last year's target {@code then}. */
    static boolean weakerThanTarget(TargetValue now, TargetValue then) {
        if (now == null || then == null) {
            return false;
        }
        if (now.kind() == ValueKind.GRADE && then.kind() == ValueKind.GRADE) {
            return grade(now) < grade(then);
        }
        if (!comparable(now, then) || direction(now) == 0 || direction(now) != direction(then)) {
            return false;
        }
        return weaker(now, then);
    }

    /** Whether {@code now} asks less than what was achieved last year, {@code actual} (read as a value). */
    static boolean weakerThanActual(TargetValue now, TargetValue actual) {
        if (now == null || actual == null) {
            return false;
        }
        if (now.kind() == ValueKind.GRADE && actual.kind() == ValueKind.GRADE) {
            return grade(now) < grade(actual);
        }
        if (!now.isQuantitative() || !actual.isQuantitative() || direction(now) == 0) {
            return false;
        }
        // An actual is often written without its unit ("320" for 320篇, "96" for 96 %): a missing unit is the target's.
        if (actual.unit() != null && !Objects.equals(actual.unit(), now.unit())) {
            return false;
        }
        return weaker(now, actual);
    }

    /** Whether the two targets say the same (canonical reading, else the text without surrounding spaces). */
    static boolean same(TargetValue now, TargetValue then) {
        if (now == null || then == null) {
            return now == then;
        }
        if (now.normalized() != null && then.normalized() != null) {
            return now.normalized().equals(then.normalized());
        }
        return Objects.equals(Texts.strip(now.raw()), Texts.strip(then.raw()));
    }

    private static boolean weaker(TargetValue now, TargetValue figure) {
        int c = now.number().compareTo(figure.number());
        return direction(now) > 0 ? c < 0 : c > 0;
    }

    private static boolean comparable(TargetValue a, TargetValue b) {
        return a.isQuantitative() && b.isQuantitative() && a.kind() == b.kind() && Objects.equals(a.unit(), b.unit());
    }

    /** +1 for a lower bound, -1 for an upper bound, 0 for an exact figure (which sets no direction). */
    private static int direction(TargetValue v) {
        Operator op = v.operator();
        if (op == Operator.GE || op == Operator.GT) {
            return 1;
        }
        return op == Operator.LE || op == Operator.LT ? -1 : 0;
    }

    private static int grade(TargetValue v) {
        String raw = Texts.strip(v.raw()) == null ? null : Texts.strip(v.raw()).replace("较", "");
        return raw == null || raw.isEmpty() ? -1 : GRADE_ORDER.indexOf(raw.charAt(0));
    }
}
