package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * <b>R-SCO-1</b> The points of a self-evaluation: what each 一级 group and 预算执行率 are worth, out of 100.
 *
 * <p>Default {@value #DEFAULT_VERSION}: 产出 50, 效益 30, 满意度 10, 预算执行率 10 — the weights 财预〔2020〕10号
 * sets for 单位自评 and the local forms repeat (domain.md §4.4 R-SCO-1, §7). They are configuration, not law:
 * a rule set may use other weights, under another version string, which every outcome records.
 *
 * <p>Two groups beyond the four:
 * <ul>
 *   <li><b>成本指标 as a 一级</b> (the central framework; Guangdong has it as a 二级 of 产出). {@code cost} null (the
 *       default) counts such indicators under 产出, so a cost target scores the same whichever framework the table
 *       uses, and the 50 points of 2026.1 are shared by every output-or-cost indicator. A non-null {@code cost}
 *       makes it a group of its own with that weight.</li>
 *   <li><b>管理指标</b> (local forms such as Yuzhong 2021 have a 管理类指标 group: 资金使用合规性, 财务监控有效性 …).
 *       Default 0: 财预〔2020〕10号 does not weigh them, so under 2026.1 they are listed but not scored.</li>
 * </ul>
 *
 * @param output 产出指标, ≥ 0
 * @param outcome 效益指标, ≥ 0
 * @param satisfaction 满意度指标, ≥ 0
 * @param budgetExecution 预算执行率 (R-SCO-2), ≥ 0
 * @param cost a 一级 成本指标 as its own group, ≥ 0; null = counted under output
 * @param management 管理指标, ≥ 0
 * @param version recorded with every outcome, e.g. {@code 2026.1}
 * @throws IllegalArgumentException when a weight is negative or the weights do not add up to exactly 100
 *     (the grade bands of R-SCO-7 are on a scale of 100)
 */
public record ScoringWeights(
        BigDecimal output,
        BigDecimal outcome,
        BigDecimal satisfaction,
        BigDecimal budgetExecution,
        BigDecimal cost,
        BigDecimal management,
        String version) {

    public static final String DEFAULT_VERSION = "2026.1";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScoringWeights {
        requireWeight(output, "output");
        requireWeight(outcome, "outcome");
        requireWeight(satisfaction, "satisfaction");
        requireWeight(budgetExecution, "budgetExecution");
        requireWeight(management, "management");
        if (cost != null) {
            requireWeight(cost, "cost");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version is required");
        }
        BigDecimal sum = output.add(outcome)
                .add(satisfaction)
                .add(budgetExecution)
                .add(management)
                .add(cost == null ? BigDecimal.ZERO : cost);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new InvalidSetting(
                    "weights must add up to 100, they add up to " + sum.toPlainString(),
                    "各项权重之和须为 100，现为 " + sum.toPlainString());
        }
    }

    /** The four weights of 财预〔2020〕10号; cost counted under output, management not weighted. */
    public ScoringWeights(
            BigDecimal output,
            BigDecimal outcome,
            BigDecimal satisfaction,
            BigDecimal budgetExecution,
            String version) {
        this(output, outcome, satisfaction, budgetExecution, null, BigDecimal.ZERO, version);
    }

    /** 产出 50, 效益 30, 满意度 10, 预算执行率 10, version {@value #DEFAULT_VERSION}. */
    public static ScoringWeights defaults() {
        return new ScoringWeights(
                BigDecimal.valueOf(50), BigDecimal.valueOf(30), BigDecimal.TEN, BigDecimal.TEN, DEFAULT_VERSION);
    }

    /**
     * The weights a table or form declares: per group the sum of its indicators' weights (a group without any weighs
     * 0; cost null — under 产出 — when no indicator is a 一级 成本指标) and the 预算执行率 weight.
     *
     * @throws IllegalArgumentException when they do not make 100
     */
    public static ScoringWeights declared(
            Map<ScoringGroup, BigDecimal> sums, BigDecimal budgetExecution, String version) {
        return new ScoringWeights(
                sums.getOrDefault(ScoringGroup.OUTPUT, BigDecimal.ZERO),
                sums.getOrDefault(ScoringGroup.OUTCOME, BigDecimal.ZERO),
                sums.getOrDefault(ScoringGroup.SATISFACTION, BigDecimal.ZERO),
                budgetExecution,
                sums.get(ScoringGroup.COST),
                sums.getOrDefault(ScoringGroup.MANAGEMENT, BigDecimal.ZERO),
                version);
    }

    /** Whether a 一级 成本指标 counts under 产出 (true) or is a group of its own. */
    public boolean costCountsAsOutput() {
        return cost == null;
    }

    private static void requireWeight(BigDecimal weight, String name) {
        Objects.requireNonNull(weight, name);
        Figures.requireReasonable(weight, name);
        if (weight.signum() < 0) {
            throw new InvalidSetting(
                    name + " must be ≥ 0, is " + weight.toPlainString(), name + " 须不小于 0，现为 " + weight.toPlainString());
        }
    }
}
