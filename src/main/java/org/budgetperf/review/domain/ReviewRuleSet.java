package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;

/**
 * Target review rule set {@value #VERSION}: what a finance bureau checks before approving a table
 * (domain.md §4.2). Rules, in the order they run and their findings are listed: R-REV-1, R-REV-2,
 * R-FW-1, R-FW-2, R-VAL-1 … R-VAL-7, R-REV-5, R-HIS-1, R-HIS-2. Statements, checks, severities and decisions are in
 * docs/rules.md, section "Target review (R-REV, R-FW, R-VAL)" and "History-aware review (R-HIS)", and in each rule's Javadoc.
 *
 * <p>The version is recorded with every run so that a stored review can be explained later; change it
 * whenever a rule's check, severity or blank handling changes.
 *
 * <p>A table is submittable when no finding is blocking (an ERROR that FAILed); WARNING and INFO
 * findings, and NOT_VERIFIABLE ones, inform.
 */
public final class ReviewRuleSet {

    public static final String VERSION = "2026.2";

    private final List<ReviewRule> rules = List.of(
            new CompletenessRule(),
            new TaskDetailsRule(),
            new FrameworkPairRule(),
            new FrameworkCoverageRule(),
            new ValueFormatRule(),
            new RateFractionRule(),
            new NotATargetRule(),
            new PercentOverHundredRule(),
            new SatisfactionValueRule(),
            new PeriodAnnualConsistencyRule(),
            new NormalisedReadingRule(),
            new DuplicateIndicatorNameRule(),
            new WeakerThanLastYearRule(),
            new DroppedKeyTaskIndicatorRule());

    /** The rules, in the order they run and their findings are listed. */
    public List<ReviewRule> rules() {
        return rules;
    }

    /**
     * Runs every rule over the table.
     *
     * @param table the table as the department wrote it
     * @param framework the table's indicator framework; null makes R-FW-1 and R-FW-2 NOT_VERIFIABLE
     */
    public ReviewOutcome run(TargetTable table, IndicatorFramework framework) {
        return run(table, framework, null);
    }

    /**
     * Runs every rule over the table, the history rules against the department's previous table.
     *
     * @param previous the previous table with last year's actuals; null when there is none (R-HIS-* then PASS)
     */
    public ReviewOutcome run(TargetTable table, IndicatorFramework framework, PreviousYear previous) {
        Objects.requireNonNull(table, "table");
        List<ReviewFinding> findings = new ArrayList<>();
        for (ReviewRule rule : rules) {
            findings.addAll(rule.check(table, framework, previous));
        }
        return ReviewOutcome.of(VERSION, findings);
    }
}
