/**
 * The 项目支出绩效自评表 (project self-evaluation form, e.g. Yuzhong 2021).
 * {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader} reads a filled-in form by its labels into a
 * {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationForm} (the indicator block through
 * {@code SelfEvaluationIndicatorReader}), through the same defensive xlsx opening as the target table
 * ({@link org.budgetperf.exchange.sheet.XlsxWorkbook}); {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationFormWriter}
 * writes a scored self-evaluation, with its {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationHeader}, in that
 * layout. Decisions: docs/rules.md, "Monitoring and self-evaluation (R-MON, R-SCO)".
 */
package org.budgetperf.exchange.selfevaluation;
