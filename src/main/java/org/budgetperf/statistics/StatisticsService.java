package org.budgetperf.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.statistics.YearStatistics.DepartmentFigures;
import org.budgetperf.statistics.YearStatistics.KeyTasks;
import org.budgetperf.statistics.YearStatistics.Reconciliation;
import org.budgetperf.statistics.YearStatistics.Review;
import org.budgetperf.statistics.YearStatistics.SelfEvaluation;
import org.budgetperf.statistics.YearStatistics.Totals;

/**
 * Computes {@link YearStatistics} with four set-based queries per year (tables, key tasks, latest runs, review
 * findings), whatever the number of departments. A caller sees the departments in scope: a department editor
 * its own, every other role all of them.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    private record Table(
            UUID id, UUID departmentId, String code, String name, String status, int revision, long version) {}

    private record Run(UUID id, String outcome, long budgetVersion, int errors, int warnings, String total) {}

    @Transactional
    public YearStatistics of(int fiscalYear) {
        List<Table> tables = tables(fiscalYear);
        Map<UUID, int[]> keyTasks = keyTasks(fiscalYear);
        Map<UUID, Map<String, Run>> runs = latestRuns(fiscalYear);
        Map<UUID, Map<String, Integer>> findings = reviewFindings(fiscalYear);
        List<DepartmentFigures> departments = new ArrayList<>();
        for (Table t : tables) {
            Map<String, Run> latest = runs.getOrDefault(t.id(), Map.of());
            Run reconciliation = latest.get("RECONCILIATION");
            Run review = latest.get("REVIEW");
            Run evaluation = latest.get("SELF_EVALUATION");
            int[] tasks = keyTasks.getOrDefault(t.id(), new int[2]);
            departments.add(new DepartmentFigures(
                    t.departmentId(),
                    t.code(),
                    t.name(),
                    t.id(),
                    t.status(),
                    t.revision(),
                    reconciliation == null
                            ? null
                            : new Reconciliation(
                                    reconciliation.id(),
                                    reconciliation.outcome(),
                                    reconciliation.budgetVersion() == t.version()),
                    review == null
                            ? null
                            : new Review(
                                    review.id(),
                                    review.budgetVersion() == t.version(),
                                    review.errors(),
                                    review.warnings(),
                                    findings.getOrDefault(t.id(), Map.of())),
                    keyTaskFigures(tasks[0], tasks[1]),
                    evaluation == null
                            ? null
                            : new SelfEvaluation(evaluation.id(), decimal(evaluation.total()), evaluation.outcome())));
        }
        return new YearStatistics(fiscalYear, departments, totals(departments));
    }

    private static Totals totals(List<DepartmentFigures> departments) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> grades = new TreeMap<>();
        int keyTasks = 0;
        int covered = 0;
        for (DepartmentFigures d : departments) {
            byStatus.merge(d.status(), 1, Integer::sum);
            outcomes.merge(
                    d.reconciliation() == null ? "NONE" : d.reconciliation().outcome(), 1, Integer::sum);
            if (d.review() != null) {
                d.review().findingsByRule().forEach((rule, n) -> byRule.merge(rule, n, Integer::sum));
            }
            if (d.selfEvaluation() != null) {
                grades.merge(d.selfEvaluation().grade(), 1, Integer::sum);
            }
            keyTasks += d.keyTasks().count();
            covered += d.keyTasks().withIndicators();
        }
        return new Totals(departments.size(), byStatus, outcomes, byRule, keyTaskFigures(keyTasks, covered), grades);
    }

    private static KeyTasks keyTaskFigures(int count, int withIndicators) {
        return new KeyTasks(
                count,
                withIndicators,
                count == 0
                        ? null
                        : BigDecimal.valueOf(withIndicators)
                                .divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP));
    }

    @SuppressWarnings("unchecked")
    private List<Table> tables(int fiscalYear) {
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, d.id AS department_id, d.code, d.name, b.status,"
                        + " b.approved_revision, b.version FROM budget b JOIN department d ON d.id = b.department_id"
                        + " WHERE b.fiscal_year = :year ORDER BY d.code, b.id")
                .setParameter("year", fiscalYear)
                .getResultList();
        List<Table> tables = new ArrayList<>();
        for (Object[] r : rows) {
            if (caller.sees((String) r[2])) {
                tables.add(new Table(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).intValue(),
                        ((Number) r[6]).longValue()));
            }
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, int[]> keyTasks(int fiscalYear) {
        List<Object[]> rows = em.createNativeQuery("SELECT t.budget_id, count(*),"
                        + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM indicator i WHERE i.task_id = t.id))"
                        + " FROM budget_task t JOIN budget b ON b.id = t.budget_id"
                        + " WHERE b.fiscal_year = :year AND t.kind = 'KEY' GROUP BY t.budget_id")
                .setParameter("year", fiscalYear)
                .getResultList();
        Map<UUID, int[]> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()}));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Map<String, Run>> latestRuns(int fiscalYear) {
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (c.budget_id, c.kind) c.budget_id, c.kind, c.id,"
                        + " c.outcome, c.budget_version, c.error_count, c.warning_count,"
                        + " CASE WHEN c.kind = 'SELF_EVALUATION' THEN c.result -> 'outcome' ->> 'total' END"
                        + " FROM check_run c JOIN budget b ON b.id = c.budget_id"
                        + " WHERE b.fiscal_year = :year AND c.kind IN ('RECONCILIATION', 'REVIEW', 'SELF_EVALUATION')"
                        + " ORDER BY c.budget_id, c.kind, c.recorded_at DESC, c.id DESC")
                .setParameter("year", fiscalYear)
                .getResultList();
        Map<UUID, Map<String, Run>> runs = new HashMap<>();
        for (Object[] r : rows) {
            runs.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .put(
                            (String) r[1],
                            new Run(
                                    (UUID) r[2],
                                    (String) r[3],
                                    ((Number) r[4]).longValue(),
                                    ((Number) r[5]).intValue(),
                                    ((Number) r[6]).intValue(),
                                    (String) r[7]));
        }
        return runs;
    }

    /** Findings of each table's latest review that did not pass, counted by rule id. */
    @SuppressWarnings("unchecked")
    private Map<UUID, Map<String, Integer>> reviewFindings(int fiscalYear) {
        List<Object[]> rows = em.createNativeQuery(
                        "WITH latest AS (SELECT DISTINCT ON (c.budget_id) c.budget_id, c.result"
                                + " FROM check_run c JOIN budget b ON b.id = c.budget_id"
                                + " WHERE b.fiscal_year = :year AND c.kind = 'REVIEW'"
                                + " ORDER BY c.budget_id, c.recorded_at DESC, c.id DESC)"
                                + " SELECT l.budget_id, f ->> 'ruleId', count(*) FROM latest l,"
                                + " jsonb_array_elements(l.result -> 'findings') f"
                                + " WHERE f ->> 'status' <> 'PASS' GROUP BY l.budget_id, f ->> 'ruleId'")
                .setParameter("year", fiscalYear)
                .getResultList();
        Map<UUID, Map<String, Integer>> findings = new HashMap<>();
        rows.forEach(r -> findings.computeIfAbsent((UUID) r[0], k -> new TreeMap<>())
                .put((String) r[1], ((Number) r[2]).intValue()));
        return findings;
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
