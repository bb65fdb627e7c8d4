package org.budgetperf.budget.indicator.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target value (指标值) as written and as understood. Produced by {@link TargetValueParser}.
 *
 * @param raw        exactly the input, never altered (null stays null) — the table is stored as the department wrote it
 * @param kind       what the value is
 * @param operator   the comparison; null unless quantitative
 * @param number     the number, without trailing zeros ({@code 95.0} → {@code 95}); null unless quantitative
 * @param unit       the unit ({@code %}, {@code 篇}, {@code 个/次}, {@code 元每人每月}); null when there is none or the value is
 *                   not quantitative — never empty
 * @param normalized canonical text: operator symbol (none for EQ) + plain number + unit, e.g. {@code ≥95%}; null unless
 *                   quantitative
 * @param findings   remarks for the reviewer, in the order they were found; never null
 */
public record TargetValue(
        String raw,
        ValueKind kind,
        Operator operator,
        BigDecimal number,
        String unit,
        String normalized,
        List<ValueFinding> findings) {

    /** Blank units become null and findings become an immutable list, so equal values compare equal. */
    public TargetValue {
        unit = unit == null || unit.isBlank() ? null : unit;
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Whether the value can be compared with an actual value: NUMERIC or PERCENT with a number. */
    public boolean isQuantitative() {
        return (kind == ValueKind.NUMERIC || kind == ValueKind.PERCENT) && number != null;
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
