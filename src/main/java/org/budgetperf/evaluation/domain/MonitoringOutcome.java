package org.budgetperf.evaluation.domain;

import java.util.List;

/**
 * The result of the monitoring rules over one report.
 *
 * @param ruleSetVersion {@link MonitoringRuleSet#VERSION}, recorded so the result can be explained later
 * @param execution the budget's execution light (R-MON-1)
 * @param indicators one light per indicator of the table, in table order (placeholder rows left out)
 * @param missing causes and measures that indicators behind their target lack (R-MON-2); the service answers
 *     422 while this is not empty
 * @param invalid figures that could not be used (unknown indices, unreadable expected values, indicators without
 *     progress); the service answers 422 while this is not empty
 * @param tasks planned and spent funds per task, with the lights of their indicators
 * @param thresholds the thresholds applied
 */
public record MonitoringOutcome(
        String ruleSetVersion,
        ExecutionLight execution,
        List<IndicatorLight> indicators,
        List<MissingExplanation> missing,
        List<InvalidInput> invalid,
        List<TaskProgress> tasks,
        MonitoringThresholds thresholds)
        implements EvaluationOutcome {

    public MonitoringOutcome {
        indicators = List.copyOf(indicators);
        missing = List.copyOf(missing);
        invalid = List.copyOf(invalid);
        tasks = List.copyOf(tasks);
    }
}
