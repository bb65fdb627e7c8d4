package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;

/**
 * The checks both rule sets make on their input lists: indices must point at an indicator or task of the table,
 * at most one entry per index. A bad entry is reported ({@link InvalidInput}) and ignored, so the rest of the
 * report is still evaluated.
 */
final class Inputs {

    private Inputs() {}

    /** A row with no 三级 name and no annual value: an empty 二级 row of the template, ignored by every rule. */
    static boolean isPlaceholder(IndicatorLine line) {
        return Figures.isBlank(line.name()) && Figures.isBlank(line.annualValue());
    }

    /**
     * Position in the input list per indicator index.
     *
     * @param indices the entries' indicator indices, in input order
     * @param list the input list's name for JSON paths ({@code indicators}, {@code actuals})
     */
    static Map<Integer, Integer> indicatorPositions(
            TargetTable table, List<Integer> indices, String list, String ruleId, List<InvalidInput> invalid) {
        Map<Integer, Integer> positions = new HashMap<>();
        for (int p = 0; p < indices.size(); p++) {
            int index = indices.get(p);
            String path = list + "[" + p + "].indicatorIndex";
            boolean known = index >= 0
                    && index < table.indicators().size()
                    && !isPlaceholder(table.indicators().get(index));
            if (!known) {
                invalid.add(new InvalidInput(
                        ruleId,
                        path,
                        null,
                        null,
                        String.valueOf(index),
                        "指标序号 " + index + " 不在表中（或为空白占位行），已忽略。",
                        "Indicator index " + index
                                + " is not an indicator of the table (or is an empty placeholder row); ignored."));
            } else if (positions.putIfAbsent(index, p) != null) {
                String name = table.indicators().get(index).name();
                invalid.add(new InvalidInput(
                        ruleId,
                        path,
                        index,
                        name,
                        String.valueOf(index),
                        Figures.indicatorZh(index, name) + "重复填报，只采用第一条。",
                        Figures.indicatorEn(index, name) + " is reported twice; only the first entry is used."));
            }
        }
        return positions;
    }

    /** Spending per task index; unknown and duplicate entries are reported and ignored. */
    static Map<Integer, BigDecimal> taskSpending(
            TargetTable table, List<TaskActual> actuals, String ruleId, List<InvalidInput> invalid) {
        Map<Integer, BigDecimal> spending = new HashMap<>();
        for (int p = 0; p < actuals.size(); p++) {
            TaskActual a = actuals.get(p);
            String path = "tasks[" + p + "].taskIndex";
            if (a.taskIndex() < 0 || a.taskIndex() >= table.tasks().size()) {
                invalid.add(new InvalidInput(
                        ruleId,
                        path,
                        null,
                        null,
                        String.valueOf(a.taskIndex()),
                        "任务序号 " + a.taskIndex() + " 不在表中，已忽略。",
                        "Task index " + a.taskIndex() + " is not a task of the table; ignored."));
            } else if (spending.containsKey(a.taskIndex())) {
                String name = table.tasks().get(a.taskIndex()).name();
                invalid.add(new InvalidInput(
                        ruleId,
                        path,
                        null,
                        name,
                        String.valueOf(a.taskIndex()),
                        "任务“" + name + "”重复填报，只采用第一条。",
                        "Task '" + name + "' is reported twice; only the first entry is used."));
            } else if (a.actualSpending() != null && a.actualSpending().signum() < 0) {
                String name = table.tasks().get(a.taskIndex()).name();
                invalid.add(new InvalidInput(
                        ruleId,
                        "tasks[" + p + "].actualSpending",
                        null,
                        name,
                        a.actualSpending().toPlainString(),
                        "任务“" + name + "”的支出为负数。",
                        "Task '" + name + "' has negative spending."));
                spending.put(a.taskIndex(), null);
            } else {
                spending.put(a.taskIndex(), a.actualSpending());
            }
        }
        return spending;
    }
}
