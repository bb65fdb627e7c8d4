package org.budgetperf.reconciliation.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a finding of any rule family says (a reconciliation {@link RuleResult}, a target review finding): the rule,
 * how serious a failure of it is, the outcome, and the explanation in Chinese and English. Both families grade the
 * same way, so that "blocking" and the counts of failed errors and warnings mean the same everywhere.
 */
public interface GradedFinding {

    String ruleId();

    Severity severity();

    RuleStatus status();

    String messageZh();

    String messageEn();

    /** Whether this finding blocks submission of the table: an ERROR that FAILed. */
    default boolean isBlocking() {
        return failedWith(Severity.ERROR);
    }

    /** Whether the rule FAILed with this severity; PASS and NOT_VERIFIABLE findings never count. */
    default boolean failedWith(Severity graded) {
        return status() == RuleStatus.FAIL && severity() == graded;
    }

    /** How many of the findings FAILed with this severity: what a recorded run counts as its errors or warnings. */
    static int countFailed(List<? extends GradedFinding> findings, Severity graded) {
        return (int) findings.stream().filter(f -> f.failedWith(graded)).count();
    }

    /** Refuses a finding that lacks its rule, grade, outcome or either message. */
    static void requireGraded(String ruleId, Severity severity, RuleStatus status, String messageZh, String messageEn) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
