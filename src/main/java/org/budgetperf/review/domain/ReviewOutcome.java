package org.budgetperf.review.domain;

import java.util.List;
import java.util.Objects;
import org.budgetperf.reconciliation.domain.GradedFinding;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * The findings of one run of the review rule set over one table.
 *
 * @param ruleSetVersion the version of the rule set, e.g. {@code 2026.1}
 * @param submittable whether the table may be submitted: no blocking finding
 * @param findings every rule's findings in rule order: one PASS per rule that found nothing, the FAIL
 *     and NOT_VERIFIABLE findings of the others
 * @param blocking the findings that block submission (ERROR and FAIL), in the same order
 */
public record ReviewOutcome(
        String ruleSetVersion, boolean submittable, List<ReviewFinding> findings, List<ReviewFinding> blocking) {

    public ReviewOutcome {
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        findings = List.copyOf(findings);
        blocking = List.copyOf(blocking);
        if (submittable != blocking.isEmpty()) {
            throw new IllegalArgumentException("submittable must be true exactly when nothing is blocking");
        }
    }

    /** The outcome of the given findings: {@code blocking} and {@code submittable} are derived from them. */
    public static ReviewOutcome of(String ruleSetVersion, List<ReviewFinding> findings) {
        List<ReviewFinding> blocking =
                findings.stream().filter(ReviewFinding::isBlocking).toList();
        return new ReviewOutcome(ruleSetVersion, blocking.isEmpty(), findings, blocking);
    }

    /** How many findings FAILed with this severity. */
    public int failed(Severity severity) {
        return GradedFinding.countFailed(findings, severity);
    }

    /** The findings that are not PASS: what a reviewer has to look at, blocking or not. */
    public List<ReviewFinding> problems() {
        return findings.stream().filter(f -> f.status() != RuleStatus.PASS).toList();
    }

    /** The ids of the rules that ran, in rule order ("rules checked"). */
    public List<String> rulesChecked() {
        return findings.stream().map(ReviewFinding::ruleId).distinct().toList();
    }
}
