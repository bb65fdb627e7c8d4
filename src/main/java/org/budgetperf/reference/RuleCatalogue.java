package org.budgetperf.reference;

import java.util.List;
import java.util.Optional;
import org.budgetperf.evaluation.domain.MonitoringRuleSet;
import org.budgetperf.evaluation.domain.SelfEvaluationRuleSet;
import org.budgetperf.reconciliation.domain.ReconciliationRuleSet;
import org.budgetperf.review.domain.ReviewRuleSet;

/**
 * Every rule the service applies, from {@code reference/rules.yaml}: the one machine-readable catalogue, which
 * docs/rules.md's rule tables repeat (RuleCatalogueTest keeps them and the rule classes in step).
 *
 * @param ruleSets the four rule sets with the version each records with its runs, taken from the code
 * @param rules in the order of docs/rules.md
 */
public record RuleCatalogue(List<RuleSet> ruleSets, List<Rule> rules) {

    /** The severities a rule can have; see rules.yaml for what each means per family. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    /** The families, in the order the rules are listed. */
    public enum Family {
        RECONCILIATION,
        REVIEW,
        MONITORING,
        SCORING
    }

    /** A rule set as its runs record it. */
    public record RuleSet(Family family, String titleZh, String titleEn, String version) {}

    /** One rule, in both languages; {@code formulaZh}/{@code formulaEn} are null where the rule has no formula. */
    public record Rule(
            String id,
            Family family,
            Severity severity,
            String statementZh,
            String statementEn,
            String formulaZh,
            String formulaEn,
            String sourceZh,
            String sourceEn) {

        public Rule {
            ReferenceYaml.requireAll(id, id, family, severity, statementZh, statementEn, sourceZh, sourceEn);
        }
    }

    private record File(List<Rule> rules) {}

    public RuleCatalogue {
        ruleSets = List.copyOf(ruleSets);
        rules = List.copyOf(rules);
    }

    /** The catalogue as shipped, with the rule sets' versions of this build. */
    public static RuleCatalogue load() {
        List<RuleSet> sets = List.of(
                new RuleSet(Family.RECONCILIATION, "对账", "Reconciliation (R-BUD)", ReconciliationRuleSet.VERSION),
                new RuleSet(Family.REVIEW, "目标审核", "Target review (R-REV, R-FW, R-VAL)", ReviewRuleSet.VERSION),
                new RuleSet(Family.MONITORING, "绩效运行监控", "Monitoring (R-MON)", MonitoringRuleSet.VERSION),
                new RuleSet(
                        Family.SCORING, "绩效自评计分", "Self-evaluation scoring (R-SCO)", SelfEvaluationRuleSet.VERSION));
        return new RuleCatalogue(
                sets, ReferenceYaml.read("rules.yaml", File.class).rules());
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
