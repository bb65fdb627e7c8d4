package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.TargetValueParser;

/**
 * <b>R-SCO-2</b> A table indicator that <i>is</i> the budget execution rate (Dongguan and Zhanjiang 2024 list
 * {@code 预算执行率 ≥90%} under 产出/成本; Yuzhong's form has the row among 管理类). Such an indicator is not scored
 * in its group from a typed-in actual: it is the R-SCO-2 line, computed from spent / adjusted budget and scored once
 * under the weight set's deduction rule, so a department at 88 % loses its points once. A typed actual is only
 * compared with the computed rate and the comparison noted.
 *
 * <p>Recognised by its 三级 name (white space ignored): 预算执行率, 预算支出执行率, 资金执行率, 预算资金执行率,
 * 支出执行率. The first such indicator of a table is the line; another one is scored as any indicator.
 */
public final class BudgetExecutionIndicator {

    private static final Pattern NAME = Pattern.compile("^(预算|资金|支出|预算资金|预算支出)执行率$");

    private BudgetExecutionIndicator() {}

    /** Whether the indicator is the budget execution rate, by its name. */
    public static boolean is(IndicatorLine line) {
        return line != null
                && line.name() != null
                && NAME.matcher(line.name().replaceAll("\\s", "")).matches();
    }

    /** The index of the table's budget execution indicator (placeholders skipped), if it has one. */
    public static Optional<Integer> in(TargetTable table) {
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorLine line = table.indicators().get(i);
            if (!Inputs.isPlaceholder(line) && is(line)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * What a typed actual says next to the computed rate: agreeing at the typed precision (the form's 88 % for
     * 87.71 %) or not. Null when nothing was typed; a typed value that is no rate is said so.
     */
    static String compare(IndicatorLine line, String typed, BigDecimal computedRate) {
        if (Figures.isBlank(typed) || computedRate == null) {
            return null;
        }
        ActualReading.Reading reading =
                ActualReading.read(TargetValueParser.parse(line.annualValue(), line.name()), typed, line.name());
        if (reading.kind() != ActualReading.Kind.NUMBER) {
            return "填报的执行率“" + typed + "”不是比率，未使用 / the typed rate '" + typed + "' is not a rate; not used";
        }
        BigDecimal stated = reading.number();
        int scale = Math.max(0, stated.stripTrailingZeros().scale());
        BigDecimal shown = computedRate.setScale(Math.min(scale, 2), RoundingMode.HALF_UP);
        if (shown.compareTo(stated) == 0) {
            return "填报的执行率 " + typed + " 与按金额计算的 " + computedRate.toPlainString() + "% 在填报精度内一致 / the typed rate "
                    + typed + " agrees with " + computedRate.toPlainString() + " % computed from the amounts at the "
                    + "typed precision";
        }
        return "填报的执行率 " + typed + " 与按金额计算的 " + computedRate.toPlainString() + "% 不一致，按金额计分 / the typed rate "
                + typed + " disagrees with " + computedRate.toPlainString() + " % computed from the amounts; the "
                + "amounts are scored";
    }
}
