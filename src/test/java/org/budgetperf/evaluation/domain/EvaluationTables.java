package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;

/** Small tables for the monitoring and scoring tests. */
final class EvaluationTables {

    private final List<TaskLine> tasks = new ArrayList<>();
    private final List<IndicatorLine> indicators = new ArrayList<>();

    static EvaluationTables table() {
        return new EvaluationTables();
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    EvaluationTables task(String name, String planned) {
        tasks.add(new TaskLine(TaskKind.KEY, name, name + "内容", dec(planned), name + "目标"));
        return this;
    }

    EvaluationTables indicator(String level1, String level2, String name, String annualValue, String weight) {
        return indicator(level1, level2, name, annualValue, weight, null);
    }

    EvaluationTables indicator(
            String level1, String level2, String name, String annualValue, String weight, Integer task) {
        indicators.add(new IndicatorLine(level1, level2, name, null, annualValue, dec(weight), task));
        return this;
    }

    EvaluationTables output(String name, String value, String weight) {
        return indicator("产出指标", "数量指标", name, value, weight);
    }

    EvaluationTables outcome(String name, String value, String weight) {
        return indicator("效益指标", "社会效益指标", name, value, weight);
    }

    EvaluationTables satisfaction(String name, String value, String weight) {
        return indicator("满意度指标", "服务对象满意度指标", name, value, weight);
    }

    EvaluationTables placeholder(String level1, String level2) {
        indicators.add(new IndicatorLine(level1, level2, null, null, null, null, null));
        return this;
    }

    TargetTable build() {
        return new TargetTable(
                "测试局", 2025, null, null, null, null, BudgetAmounts.blank(), "<p>目标</p>", tasks, indicators);
    }
}
