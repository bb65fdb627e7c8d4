package org.budgetperf.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.budgetperf.evaluation.domain.IndicatorScore;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;

/**
 * The outcome of a table's latest recorded self-evaluation (绩效自评): what next year's review compares targets with and
 * what the indicator library shows as achieved. Read here, below the evaluation workflow, so that the review and the
 * library need not depend on it.
 */
@ApplicationScoped
public class LatestSelfEvaluations {

    @Inject
    EntityManager em;

    @Inject
    CheckRuns runs;

    /** A recorded self-evaluation as stored (what was sent and its outcome); only the outcome is read. */
    record Stored(SelfEvaluationOutcome outcome) {}

    /** A table's latest self-evaluation: the run and its outcome. */
    public record Evaluated(UUID runId, SelfEvaluationOutcome outcome) {}

    /** The latest self-evaluation's outcome of the table, if it has one. */
    @Transactional
    public Optional<SelfEvaluationOutcome> of(UUID budgetId) {
        return Optional.ofNullable(of(List.of(budgetId)).get(budgetId)).map(Evaluated::outcome);
    }

    /**
     * The line of an indicator in an outcome: the line of its position when it has the same name there (the table
     * is unchanged since it was evaluated), else the only line with its 二级 and name; empty when there is none.
     */
    public static Optional<IndicatorScore> lineOf(
            SelfEvaluationOutcome outcome, int index, String level2, String name) {
        List<IndicatorScore> lines = outcome.indicators();
        Optional<IndicatorScore> atIndex = lines.stream()
                .filter(l -> l.indicatorIndex() == index && Objects.equals(l.name(), name))
                .findFirst();
        if (atIndex.isPresent()) {
            return atIndex;
        }
        List<IndicatorScore> named = lines.stream()
                .filter(l -> Objects.equals(l.name(), name) && Objects.equals(l.level2(), level2))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The latest self-evaluation's outcome of each of the tables that has one, read with one query. */
    @Transactional
    public Map<UUID, Evaluated> of(Collection<UUID> budgetIds) {
        Map<UUID, Evaluated> latest = new HashMap<>();
        if (budgetIds.isEmpty()) {
            return latest;
        }
        List<CheckRun> found = em.createQuery(
                        "SELECT r FROM CheckRun r WHERE r.budgetId IN :ids AND r.kind = :k"
                                + " ORDER BY r.recordedAt DESC, r.id DESC",
                        CheckRun.class)
                .setParameter("ids", budgetIds)
                .setParameter("k", CheckRun.Kind.SELF_EVALUATION)
                .getResultList();
        for (CheckRun run : found) {
            if (!latest.containsKey(run.budgetId)) {
                latest.put(
                        run.budgetId,
                        new Evaluated(run.id, runs.result(run, Stored.class).outcome()));
            }
        }
        return latest;
    }
}
