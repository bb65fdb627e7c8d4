package org.budgetperf.review.domain;

import java.util.List;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;

/** Builds findings in the shapes every review rule uses. */
final class Findings {

    /** Target of a PASS and of findings about the table as a whole. */
    static final String TABLE = "table";

    private Findings() {}

    static ReviewFinding pass(String ruleId, Severity severity, String messageZh, String messageEn) {
        return new ReviewFinding(ruleId, severity, RuleStatus.PASS, TABLE, null, null, messageZh, messageEn);
    }

    static ReviewFinding fail(String ruleId, Severity severity, String target, String messageZh, String messageEn) {
        return new ReviewFinding(ruleId, severity, RuleStatus.FAIL, target, null, null, messageZh, messageEn);
    }

    static ReviewFinding task(
            String ruleId, Severity severity, int taskIndex, String field, String messageZh, String messageEn) {
        return new ReviewFinding(
                ruleId,
                severity,
                RuleStatus.FAIL,
                Texts.taskPath(taskIndex, field),
                taskIndex,
                null,
                messageZh,
                messageEn);
    }

    static ReviewFinding indicator(
            String ruleId, Severity severity, int indicatorIndex, String field, String messageZh, String messageEn) {
        return new ReviewFinding(
                ruleId,
                severity,
                RuleStatus.FAIL,
                Texts.indicatorPath(indicatorIndex, field),
                null,
                indicatorIndex,
                messageZh,
                messageEn);
    }

    /** {@code found} when it holds anything, else the single PASS. */
    static List<ReviewFinding> orPass(
            List<ReviewFinding> found, String ruleId, Severity severity, String passZh, String passEn) {
        return found.isEmpty() ? List.of(pass(ruleId, severity, passZh, passEn)) : List.copyOf(found);
    }
}
