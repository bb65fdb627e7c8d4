package org.budgetperf.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetperf.budget.TableDocument;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckService;
import org.budgetperf.checks.RunKind;
import org.budgetperf.reconciliation.domain.Severity;
import org.budgetperf.review.domain.ReviewOutcome;
import org.budgetperf.review.domain.ReviewRuleSet;
import org.budgetperf.shared.web.InputValidator;

/** The target review rule set applied to a stored table, findings resolved to the table's row ids. */
@ApplicationScoped
public class Reviewer {

    public static final String SUBMITTABLE = "SUBMITTABLE";
    public static final String NOT_SUBMITTABLE = "NOT_SUBMITTABLE";

    /**
     * Recorded reviews keep the outcome with its findings resolved to the rows of the table as it was then: the
     * ids a finding names are those of the version reviewed, whatever the table has become since.
     */
    public static final RunKind<ReviewFindingView.Result> RUNS =
            new RunKind<>(CheckRun.Kind.REVIEW, ReviewFindingView.Result.class);

    private final ReviewRuleSet ruleSet = new ReviewRuleSet();

    @Inject
    CheckService checks;

    @Inject
    InputValidator validator;

    @Inject
    PreviousYears previousYears;

    public CheckService.Checked<ReviewFindingView.Result> check(CheckService.Subject subject) {
        // The department's previous table, with its latest self-evaluation, as it stands when this review runs.
        ReviewOutcome outcome = ruleSet.run(
                subject.table(),
                subject.framework(),
                previousYears.of(subject.budget(), subject.stored().indicatorIds()));
        return new CheckService.Checked<>(
                outcome.ruleSetVersion(),
                outcome.submittable() ? SUBMITTABLE : NOT_SUBMITTABLE,
                ReviewFindingView.Result.of(
                        outcome, subject.stored().taskIds(), subject.stored().indicatorIds()),
                null,
                new CheckService.FindingCounts(outcome.failed(Severity.ERROR), outcome.failed(Severity.WARNING)));
    }

    /** The review of a table that is not stored: no rows to point at, so findings name no ids. */
    public ReviewFindingView.Result preview(TableDocument table) {
        TableDocument document = TableDocument.required(table);
        ReviewOutcome outcome = ruleSet.run(document.toTable(validator), checks.framework(document.frameworkCode()));
        return ReviewFindingView.Result.of(outcome, null, null);
    }
}
