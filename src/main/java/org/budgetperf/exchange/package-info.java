/**
 * Reading and writing the official forms as files (xlsx, tab-separated text), split by form:
 * <ul>
 *   <li>{@link org.budgetperf.exchange.table}: the 部门整体预算绩效目标表 (department performance target table) in its
 *       official layout, imported into a {@link org.budgetperf.budget.domain.TargetTable} with an import report and
 *       exported back into the same layout;</li>
 *   <li>{@link org.budgetperf.exchange.selfevaluation}: the 项目支出绩效自评表 (project self-evaluation form), read
 *       into a {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationForm} and written with its scores;</li>
 *   <li>{@link org.budgetperf.exchange.sheet}: what both forms share: the defensive opening of xlsx workbooks and
 *       decoding of text into a grid of located cells, the safety limits, the import findings and their codes, the
 *       refusal ({@link org.budgetperf.exchange.sheet.TableImportException}), and the readers of money and plain
 *       numbers.</li>
 * </ul>
 * Dependencies run one way: {@code table} → {@code sheet} and {@code selfevaluation} → {@code sheet}; {@code sheet}
 * knows no form and the two forms know nothing of each other ({@code ExchangePackageDependenciesTest}).
 *
 * <p>All three depend only on {@code java.*}, the JDK's XML APIs (SAX, for streaming sheets), Apache POI, the
 * {@code domain} packages and the plain enum {@link org.budgetperf.shared.money.AmountUnit}: no Quarkus, JAX-RS or
 * JPA, so the web layer wraps them and their tests need no container.
 */
package org.budgetperf.exchange;
