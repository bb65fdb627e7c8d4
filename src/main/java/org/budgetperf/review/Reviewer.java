package org.budgetperf.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetperf.review.domain.ReviewOutcome;
import org.budgetperf.review.domain.ReviewRuleSet;
import org.budgetperf.checks.CheckService;

/** The target review rule set applied to a stored table, findings resolved to the table's row ids. */
@ApplicationScoped
public class Reviewer {

    public static final String SUBMITTABLE = "SUBMITTABLE";
    public static final String NOT_SUBMITTABLE = "NOT_SUBMITTABLE";

    private final ReviewRuleSet ruleSet = new ReviewRuleSet();

    public CheckService.Checked check(CheckService.Subject subject) {
        ReviewOutcome outcome = ruleSet.run(subject.table(), subject.framework());
        return new CheckService.Checked(outcome.ruleSetVersion(), outcome.submittable() ? SUBMITTABLE : NOT_SUBMITTABLE,
                ReviewFindingView.Result.of(outcome, subject.stored().taskIds(), subject.stored().indicatorIds()));
    }

    public ReviewRuleSet ruleSet() {
        return ruleSet;
    }
}
