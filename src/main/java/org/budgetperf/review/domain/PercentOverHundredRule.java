package org.budgetperf.review.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.ValueKind;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-VAL-4 Percentages above 100 % need a reason</b> (severity WARNING).
 *
 * <p>Statement: a percentage target above 100 % is only plausible for growth (增长率, 提高幅度 …); a
 * share, a pass rate or a completion rate cannot exceed 100 %.
 *
 * <p>Check: one FAIL per value of kind PERCENT with number &gt; 100 and operator ≥, &gt; or = (a lower
 * bound or exact target), whose indicator name contains none of {@value #GROWTH_WORDS_TEXT}; target
 * {@code indicators[i].periodValue} / {@code .annualValue}. Satisfaction indicators are left to R-VAL-5.
 *
 * <p>Source: domain.md §4.2 ("percentages &gt; 100 (unless the name speaks of growth)").
 *
 * <p>Decisions:
 * <ul>
 *   <li>WARNING: some rates legitimately exceed 100 % (over-fulfilment, 完成率 ≥ 105 %, ratios such as
 *       投入产出比), and the name is only a hint; the reviewer decides.</li>
 *   <li>Upper bounds (≤ 110 %, &lt; 120 %) are not reported: a cap above 100 % promises nothing impossible
 *       (e.g. cost kept within 110 % of plan).</li>
 *   <li>Satisfaction indicators are excluded because R-VAL-5 reports them with its own, stricter wording,
 *       and one value should not produce two findings for the same fault.</li>
 * </ul>
 */
public final class PercentOverHundredRule extends ValueRule {

    static final String GROWTH_WORDS_TEXT = "增长, 增幅, 增速, 增加, 增量, 提高, 提升, 上升, 同比, 环比, 倍";
    private static final List<String> GROWTH_WORDS = List.of(GROWTH_WORDS_TEXT.split(", "));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PercentOverHundredRule() {
        super(
                "R-VAL-4",
                Severity.WARNING,
                new Message("没有超过 100% 的非增长类百分比指标值。", "No percentage above 100 % outside growth indicators."));
    }

    /** Satisfaction indicators are R-VAL-5's; growth may exceed 100 %. */
    @Override
    boolean reviews(ReviewedIndicator indicator) {
        return !indicator.isSatisfaction() && !speaksOfGrowth(indicator.name());
    }

    @Override
    Stream<ReviewFinding> review(ValueCell cell) {
        TargetValue v = cell.value();
        boolean lowerBoundAboveHundred = v.kind() == ValueKind.PERCENT
                && v.number() != null
                && v.number().compareTo(HUNDRED) > 0
                && v.operator() != Operator.LE
                && v.operator() != Operator.LT;
        if (!lowerBoundAboveHundred) {
            return Stream.empty();
        }
        return Stream.of(finding(
                cell,
                cell.zh() + "超过 100%，而指标名称不含增长、提高等字样。占比、合格率、完成率一般不超过 100%，请核对。",
                cell.en() + " exceeds 100 % although the name does not speak of growth. Shares and pass or completion"
                        + " rates do not normally exceed 100 %; please check."));
    }

    static boolean speaksOfGrowth(String name) {
        return name != null && GROWTH_WORDS.stream().anyMatch(name::contains);
    }
}
