package org.budgetperf.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetperf.checks.CheckService;
import org.budgetperf.reconciliation.domain.Severity;
import org.budgetperf.review.domain.ReviewOutcome;
import org.budgetperf.review.domain.ReviewRuleSet;

/** The target review rule set applied to a stored table, findings resolved to the table's row ids. */
@ApplicationScoped
public class Reviewer {

    public static final String SUBMITTABLE = "SUBMITTABLE";
    public static final String NOT_SUBMITTABLE = "NOT_SUBMITTABLE";

    private final ReviewRuleSet ruleSet = new ReviewRuleSet();

    public CheckService.Checked<ReviewFindingView.Result> check(CheckService.Subject subject) {
        ReviewOutcome outcome = ruleSet.run(subject.table(), subject.framework());
        return new CheckService.Checked<>(
                outcome.ruleSetVersion(),
                outcome.submittable() ? SUBMITTABLE : NOT_SUBMITTABLE,
                ReviewFindingView.Result.of(
                        outcome, subject.stored().taskIds(), subject.stored().indicatorIds()),
                null,
                new CheckService.FindingCounts(outcome.failed(Severity.ERROR), outcome.failed(Severity.WARNING)));
    }

    public ReviewRuleSet ruleSet() {
        return ruleSet;
    }
}
