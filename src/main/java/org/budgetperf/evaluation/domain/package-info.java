/**
 * Monitoring (双监控, domain.md §4.3) and self-evaluation (绩效自评, §4.4) rules: R-MON-1, R-MON-2 run by
 * {@link org.budgetperf.evaluation.domain.MonitoringRuleSet}; R-SCO-1 … R-SCO-8 run by
 * {@link org.budgetperf.evaluation.domain.SelfEvaluationRuleSet}.
 *
 * <p>Pure: depends only on {@code java.*} and the other domain packages — the form model
 * ({@code budget.domain.TargetTable}) and the target-value parser ({@code indicator.domain}). Services load the
 * approved table, hand it with the report to a rule set, and store the outcome with its rule-set and weights
 * versions. Arithmetic is exact (an internal rational type for weights split or scaled inside a group); every
 * shown score or ratio is rounded half-up to 2 decimals once, and thresholds are applied to figures as shown.
 * The table, the formulas and the decisions are in docs/rules.md, section "Monitoring and self-evaluation
 * (R-MON, R-SCO)".
 */
package org.budgetperf.evaluation.domain;
