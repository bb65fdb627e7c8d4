package org.budgetperf.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bureau's figures for one fiscal year: per department (its table's state, latest checks, key-task coverage,
 * self-evaluation) and in total. Counts by rule, status or grade are maps whose keys are those codes.
 */
public record YearStatistics(int fiscalYear, List<DepartmentFigures> departments, Totals totals) {

    public record DepartmentFigures(
            UUID departmentId,
            String departmentCode,
            String departmentName,
            UUID tableId,
            String status,
            int approvedRevision,
            Reconciliation reconciliation,
            Review review,
            KeyTasks keyTasks,
            SelfEvaluation selfEvaluation) {}

    /** The latest recorded reconciliation; {@code current} when it checked the table's present version. */
    public record Reconciliation(UUID runId, String outcome, boolean current) {}

    /** The latest recorded review: findings that did not pass, by rule id. */
    public record Review(UUID runId, boolean current, int errors, int warnings, Map<String, Integer> findingsByRule) {}

    /** Key tasks (重点工作任务) and how many of them at least one indicator measures; coverage = share, 4 decimals. */
    public record KeyTasks(int count, int withIndicators, BigDecimal coverage) {}

    /** The latest recorded self-evaluation. */
    public record SelfEvaluation(UUID runId, BigDecimal total, String grade) {}

    public record Totals(
            int tables,
            Map<String, Integer> byStatus,
            Map<String, Integer> reconciliationOutcomes,
            Map<String, Integer> reviewFindingsByRule,
            KeyTasks keyTasks,
            Map<String, Integer> selfEvaluationGrades) {}
}
