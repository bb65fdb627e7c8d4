package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskLine;

/**
 * Monitoring rule set {@value #VERSION}: R-MON-1 (execution light of the budget and of each task) and R-MON-2
 * (indicator lights; causes and measures for indicators behind), domain.md §4.3. Table, formulas and decisions:
 * docs/rules.md, section "Monitoring and self-evaluation (R-MON, R-SCO)".
 *
 * <p>Input checks: a progress or task entry with an index outside the table, or a second entry for the same
 * index, is an {@link InvalidInput} and is ignored; an indicator without progress gets NOT_COMPUTABLE and an
 * {@link InvalidInput}. Placeholder rows (no 三级 name and no value, the empty 二级 rows of the real forms) are
 * left out, as in every other rule set.
 */
public final class MonitoringRuleSet {

    public static final String VERSION = "2026.1";

    private final ExecutionLightRule execution = new ExecutionLightRule();
    private final IndicatorProgressRule progress = new IndicatorProgressRule();

    public MonitoringOutcome run(TargetTable table, MonitoringInput input, MonitoringThresholds thresholds) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(thresholds, "thresholds");
        ExecutionLight budgetLight =
                execution.evaluate(input.month(), input.budget(), input.spentToDate(), thresholds, "预算");

        List<MissingExplanation> missing = new ArrayList<>();
        List<InvalidInput> invalid = new ArrayList<>();
        Map<Integer, Integer> positions = Inputs.indicatorPositions(
                table,
                input.indicators().stream()
                        .map(IndicatorProgress::indicatorIndex)
                        .toList(),
                "indicators",
                IndicatorProgressRule.ID,
                invalid);
        List<IndicatorLight> lights = new ArrayList<>();
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorLine line = table.indicators().get(i);
            if (Inputs.isPlaceholder(line)) {
                continue;
            }
            Integer p = positions.get(i);
            IndicatorProgressRule.Result r = progress.evaluate(
                    i,
                    line,
                    p == null ? -1 : p,
                    p == null ? null : input.indicators().get(p),
                    thresholds);
            lights.add(r.light());
            missing.addAll(r.missing());
            invalid.addAll(r.invalid());
        }

        Map<Integer, BigDecimal> spending = Inputs.taskSpending(table, input.tasks(), ExecutionLightRule.ID, invalid);
        List<TaskProgress> tasks = new ArrayList<>();
        for (int t = 0; t < table.tasks().size(); t++) {
            TaskLine task = table.tasks().get(t);
            int taskIndex = t;
            BigDecimal spent = spending.get(t);
            ExecutionLight light = execution.evaluate(
                    input.month(), task.plannedFunds(), spent, thresholds, "任务“" + task.name() + "”");
            tasks.add(new TaskProgress(
                    t,
                    task.name(),
                    task.plannedFunds(),
                    spent,
                    light.executionRatePercent(),
                    light,
                    lights.stream()
                            .filter(l -> l.taskIndex() != null && l.taskIndex() == taskIndex)
                            .toList()));
        }
        return new MonitoringOutcome(VERSION, budgetLight, lights, missing, invalid, tasks, thresholds);
    }
}
