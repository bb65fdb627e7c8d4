package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The groups a self-evaluation weighs (R-SCO-1), one per 一级 of the frameworks met in practice, and how a
 * written (一级, 二级) is assigned to one.
 *
 * <p>Assignment is by the words the names contain, because forms spell the 一级 differently (产出指标,
 * 产出类指标; Yuzhong even writes the 二级 数量指标 in its 指标类型 column): the 一级 is looked at first, then —
 * when it is blank or says nothing — the 二级. A name containing 满意 is satisfaction, 效益 or 影响 outcome, 产出
 * output, 成本 cost, 管理 management; the output 二级 names 数量/质量/时效 say output. In the Guangdong
 * framework 成本指标 is a 二级 under 产出指标: the 一级 decides, so it stays output. Where a 一级 成本指标 (the
 * central framework) goes depends on the weights: see {@link ScoringWeights#cost()}.
 */
public enum ScoringGroup {
    OUTPUT("产出指标"),
    OUTCOME("效益指标"),
    SATISFACTION("满意度指标"),
    COST("成本指标"),
    MANAGEMENT("管理指标");

    private static final List<String> OUTPUT_LEVEL2_WORDS = List.of("数量", "质量", "时效");

    private final String label;

    ScoringGroup(String label) {
        this.label = label;
    }

    /** The 一级 name of the group as the frameworks print it. */
    public String label() {
        return label;
    }

    /** This group's weight; null for {@link #COST} when the weights count cost under output. */
    public BigDecimal weightIn(ScoringWeights weights) {
        return switch (this) {
            case OUTPUT -> weights.output();
            case OUTCOME -> weights.outcome();
            case SATISFACTION -> weights.satisfaction();
            case COST -> weights.cost();
            case MANAGEMENT -> weights.management();
        };
    }

    /**
     * The group a (一级, 二级) belongs to, before the weights are consulted (a 一级 成本指标 is {@link #COST}
     * here); empty when neither name says.
     */
    public static Optional<ScoringGroup> of(String level1, String level2) {
        Optional<ScoringGroup> byLevel1 = byName(level1);
        return byLevel1.isPresent() ? byLevel1 : byName(level2);
    }

    private static Optional<ScoringGroup> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.replaceAll("\\s+", "");
        if (n.contains("满意")) {
            return Optional.of(SATISFACTION);
        }
        if (n.contains("效益") || n.contains("影响")) {
            return Optional.of(OUTCOME);
        }
        if (n.contains("产出")) {
            return Optional.of(OUTPUT);
        }
        if (n.contains("成本")) {
            return Optional.of(COST);
        }
        if (n.contains("管理")) {
            return Optional.of(MANAGEMENT);
        }
        if (OUTPUT_LEVEL2_WORDS.stream().anyMatch(n::startsWith)) {
            return Optional.of(OUTPUT);
        }
        return Optional.empty();
    }
}
