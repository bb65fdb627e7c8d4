/**
 * The 项目支出绩效自评表 (project self-evaluation form, e.g. Yuzhong 2021).
 * {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader} reads a filled-in form by its labels into a
 * {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationForm} (the indicator block through
 * {@code SelfEvaluationIndicatorReader}), through the same defensive xlsx opening as the target table
 * ({@link org.budgetperf.exchange.sheet.XlsxWorkbook}); {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationFormWriter}
 * writes a scored self-evaluation, with its {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationHeader}, in that
 * layout. {@link org.budgetperf.exchange.selfevaluation.BlankFormWriter} writes the blank 自评表 and 绩效运行监控表 of a
 * stored table for its department to fill in, and
 * {@link org.budgetperf.exchange.selfevaluation.MonitoringFormReader} reads the monitoring form back (the 自评表 is read
 * by the reader above); both share the sheet writing of {@code FormSheet}. Decisions: docs/rules.md, "Monitoring and
 * self-evaluation (R-MON, R-SCO)" and "Forms in, forms out".
 */
package org.budgetperf.exchange.selfevaluation;
