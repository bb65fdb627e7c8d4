package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;

/**
 * <b>R-SCO-1</b> A versioned scoring weight set, as stored and chosen by an evaluator: the 一级 group weights, the
 * 预算执行率 weight and its deduction rule (R-SCO-2), whether 管理指标 form a scored group, and the qualitative bands
 * (R-SCO-6). Two kinds:
 * <ul>
 *   <li><b>fixed</b> ({@code weights} given): the same points for every table, e.g. the national 财预〔2020〕10号 set
 *       (产出 50, 效益 30, 满意度 10, 预算执行率 10, 管理 0);</li>
 *   <li><b>as declared</b> ({@code weights} null): the points the table (or the uploaded form) itself states — the sum
 *       of its indicator weights per group, and the weight of its 预算执行率 indicator — taken exactly when every
 *       indicator has a weight and they add up to 100; otherwise {@link #resolve} names each offending line.</li>
 * </ul>
 * A set is never changed: a new version is a new set, and every outcome records the code and version it used.
 *
 * @param code stable identifier, e.g. {@code national}, {@code as-declared}
 * @param version e.g. {@code 2026.1}; (code, version) is unique
 * @param title what the set is, in words
 * @param weights the fixed group weights (their version is this set's), null for "as declared"
 * @param managementGroup whether 管理指标 are a scored group; a fixed set without it must weigh management 0
 * @param execution how 预算执行率 loses points
 * @param bands the qualitative bands
 */
public record WeightSet(
        String code,
        String version,
        String title,
        ScoringWeights weights,
        boolean managementGroup,
        ExecutionDeduction execution,
        QualitativeBands bands) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One reason the declared weights cannot be taken, on an indicator (index) or on the whole (index null). */
    public record Problem(Integer indicatorIndex, String field, String messageEn, String messageZh) {}

    /** The weights a set gives a table, or why it gives none. */
    public record Resolved(ScoringWeights weights, List<Problem> problems) {
        public Resolved {
            problems = List.copyOf(problems);
        }
    }

    public WeightSet {
        if (code == null || code.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("a weight set needs a code and a version");
        }
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(bands, "bands");
        if (weights != null && !managementGroup && weights.management().signum() != 0) {
            throw new InvalidSetting("management must be 0 when the management group is off", "不单列管理指标组时，管理指标权重须为 0");
        }
        if (weights == null && !managementGroup) {
            throw new InvalidSetting(
                    "an as-declared set takes management indicators as declared", "按申报权重的权重集按申报采用管理指标");
        }
    }

    /** The national set of 财预〔2020〕10号, today's weights {@link ScoringWeights#defaults()}. */
    public static WeightSet national() {
        ScoringWeights w = ScoringWeights.defaults();
        return new WeightSet(
                "national",
                w.version(),
                "财预〔2020〕10号",
                w,
                false,
                ExecutionDeduction.defaults(),
                QualitativeBands.defaults());
    }

    public boolean asDeclared() {
        return weights == null;
    }

    /** {@code code@version}, as outcomes name it. */
    public String label() {
        return code + "@" + version;
    }

    /** The group weights this set gives the table: its own, or those the table declares (exactly 100, or problems). */
    public Resolved resolve(TargetTable table) {
        if (!asDeclared()) {
            return new Resolved(weights, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Map<ScoringGroup, BigDecimal> sums = new EnumMap<>(ScoringGroup.class);
        Optional<Integer> executionIndex = BudgetExecutionIndicator.in(table);
        BigDecimal execution = BigDecimal.ZERO;
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorLine line = table.indicators().get(i);
            if (Inputs.isPlaceholder(line)) {
                continue;
            }
            BigDecimal w = line.weight();
            if (w == null || w.signum() < 0 || !Figures.reasonable(w)) {
                problems.add(new Problem(
                        i,
                        "weight",
                        Figures.indicatorEn(i, line.name()) + ": "
                                + (w == null ? "no weight" : "weight " + w.toPlainString() + " is not usable")
                                + "; weight set " + label() + " takes every indicator's weight as declared",
                        Figures.indicatorZh(i, line.name()) + "："
                                + (w == null ? "没有权重" : "权重 " + w.toPlainString() + " 无法采用")
                                + "；权重集 " + label() + " 按申报采用每条指标的权重"));
                continue;
            }
            if (executionIndex.isPresent() && executionIndex.get() == i) {
                execution = w;
                continue;
            }
            Optional<ScoringGroup> group = ScoringGroup.of(line.level1(), line.level2());
            if (group.isEmpty()) {
                problems.add(new Problem(
                        i,
                        "level1",
                        Figures.indicatorEn(i, line.name()) + ": its 一级/二级 name no scoring group, so its weight "
                                + "belongs to none",
                        Figures.indicatorZh(i, line.name()) + "：其一级/二级指标不属于任何评分组，权重无处计入"));
                continue;
            }
            sums.merge(group.get(), w, BigDecimal::add);
        }
        BigDecimal total = sums.values().stream().reduce(execution, BigDecimal::add);
        if (problems.isEmpty() && total.compareTo(HUNDRED) != 0) {
            StringBuilder parts = new StringBuilder();
            sums.forEach((g, s) ->
                    parts.append(g.label()).append(' ').append(Figures.text(s)).append(" + "));
            parts.append("预算执行率 ").append(Figures.text(execution));
            problems.add(new Problem(
                    null,
                    "weight",
                    "the declared weights add up to " + Figures.text(total) + " (" + parts + "), not 100; weight set "
                            + label() + " takes them only when they make exactly 100",
                    "申报的权重之和为 " + Figures.text(total) + "（" + parts + "），不是 100；权重集 " + label() + " 仅在权重之和恰为 100 时采用"));
        }
        if (!problems.isEmpty()) {
            return new Resolved(null, problems);
        }
        return new Resolved(ScoringWeights.declared(sums, execution, version), List.of());
    }
}
