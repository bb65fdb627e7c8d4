/**
 * Target review rules (domain.md §4.2): R-REV-1, R-REV-2, R-FW-1, R-FW-2, R-VAL-1 … R-VAL-7, R-REV-5,
 * run together by {@link org.budgetperf.review.domain.ReviewRuleSet}.
 *
 * <p>Pure: depends only on {@code java.*} and the other domain packages. It reads the form model
 * ({@code budget.domain.TargetTable}), the framework and the target-value parser
 * ({@code indicator.domain}), and reuses {@code reconciliation.domain.Severity} and {@code RuleStatus} so
 * that both rule families grade their findings the same way. Review findings have their own record,
 * {@link org.budgetperf.review.domain.ReviewFinding}, because they point at tasks and indicators rather
 * than at amounts. The table, the checks and the decisions are in docs/rules.md, section
 * "Target review (R-REV, R-FW, R-VAL)".
 */
package org.budgetperf.review.domain;
