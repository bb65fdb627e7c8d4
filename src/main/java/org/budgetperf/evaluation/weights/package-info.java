/**
 * WORKFLOW: scoring weight sets as stored data (R-SCO-1, R-SCO-2, R-SCO-6): the table, its read and create endpoints
 * ({@code /api/v1/scoring-weight-sets}) and the lookup of a set by {@code code[@version]} for the self-evaluation.
 * The sets themselves are {@link org.budgetperf.evaluation.domain.WeightSet} values; this package only stores them.
 */
package org.budgetperf.evaluation.weights;
