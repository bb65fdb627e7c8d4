package org.budgetperf.review.domain;

import java.util.Optional;
import java.util.stream.Stream;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * A value rule that reports what the target-value parser noticed while reading a value (R-VAL-1, R-VAL-7): one
 * finding per parser finding of a code the rule explains, in the parser's order.
 */
abstract class ParserFindingRule extends ValueRule {

    ParserFindingRule(String id, Severity severity, Message passed) {
        super(id, severity, passed);
    }

    @Override
    final Stream<ReviewFinding> review(ValueCell cell) {
        return cell.value().findings().stream()
                .map(f -> explain(cell, f.code()))
                .flatMap(Optional::stream);
    }

    /** The finding for one parser finding about the cell's value; empty for a code the rule does not report. */
    abstract Optional<ReviewFinding> explain(ValueCell cell, ValueFindingCode code);
}
