package org.budgetperf.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetRows;
import org.budgetperf.budget.TableBlock;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.indicator.Indicator;
import org.budgetperf.budget.task.BudgetTask;
import org.budgetperf.checks.LatestSelfEvaluations;
import org.budgetperf.evaluation.domain.IndicatorScore;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.review.domain.PreviousYear;

/**
 * The department's previous table for the history rules (R-HIS-*), with the actuals of its latest self-evaluation:
 * the self-evaluation of year N is read whenever a table of year N+1 is reviewed, with no step in between.
 *
 * <p>The previous table is the one the reviewed table's indicators were carried over from ({@code predecessor_id});
 * a table made without {@code …/successor} falls back to the department's table of the year before.
 */
@ApplicationScoped
public class PreviousYears {

    @Inject
    EntityManager em;

    @Inject
    BudgetRows rows;

    @Inject
    LatestSelfEvaluations evaluations;

    /**
     * @param budget the reviewed table
     * @param indicatorIds its indicators' ids in table order
     * @return the previous table as the rules see it; null when there is none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PreviousYear of(Budget budget, List<UUID> indicatorIds) {
        Map<UUID, UUID> predecessorOf = new HashMap<>();
        for (Object[] link : em.createQuery(
                        "SELECT i.id, i.predecessorId FROM Indicator i WHERE i.budgetId = :b AND i.predecessorId IS NOT NULL",
                        Object[].class)
                .setParameter("b", budget.id)
                .getResultList()) {
            predecessorOf.put((UUID) link[0], (UUID) link[1]);
        }
        Budget previous = previousTable(budget, predecessorOf).orElse(null);
        if (previous == null) {
            return null;
        }
        List<Indicator> pastRows = rows.all(TableBlock.INDICATORS, previous.id);
        Map<UUID, BudgetTask> tasks = new HashMap<>();
        rows.all(TableBlock.TASKS, previous.id).forEach(t -> tasks.put(t.id, t));
        SelfEvaluationOutcome evaluated = evaluations.of(previous.id).orElse(null);
        List<PreviousYear.PastIndicator> past = new ArrayList<>();
        Map<UUID, Integer> pastIndex = new HashMap<>();
        for (int p = 0; p < pastRows.size(); p++) {
            Indicator row = pastRows.get(p);
            BudgetTask task = row.taskId == null ? null : tasks.get(row.taskId);
            String actual = evaluated == null
                    ? null
                    : LatestSelfEvaluations.lineOf(evaluated, p, row.level2, row.name)
                            .map(IndicatorScore::actual)
                            .orElse(null);
            past.add(new PreviousYear.PastIndicator(
                    row.level2,
                    row.name,
                    row.annualValue,
                    actual == null || actual.isBlank() ? null : actual,
                    task != null && task.kind == TaskKind.KEY ? task.name : null));
            pastIndex.put(row.id, p);
        }
        List<Integer> predecessors = new ArrayList<>();
        for (UUID id : indicatorIds) {
            UUID predecessor = predecessorOf.get(id);
            predecessors.add(predecessor == null ? null : pastIndex.get(predecessor));
        }
        return new PreviousYear(previous.fiscalYear, past, predecessors);
    }

    private Optional<Budget> previousTable(Budget budget, Map<UUID, UUID> predecessorOf) {
        if (!predecessorOf.isEmpty()) {
            List<Budget> linked = em.createQuery(
                            "SELECT b FROM Budget b WHERE b.id IN (SELECT p.budgetId FROM Indicator p WHERE p.id IN :ids)"
                                    + " AND b.fiscalYear < :y ORDER BY b.fiscalYear DESC",
                            Budget.class)
                    .setParameter("ids", predecessorOf.values())
                    .setParameter("y", budget.fiscalYear)
                    .setMaxResults(1)
                    .getResultList();
            if (!linked.isEmpty()) {
                return Optional.of(linked.get(0));
            }
        }
        return em.createQuery("SELECT b FROM Budget b WHERE b.department = :d AND b.fiscalYear = :y", Budget.class)
                .setParameter("d", budget.department)
                .setParameter("y", budget.fiscalYear - 1)
                .getResultStream()
                .findFirst();
    }
}
