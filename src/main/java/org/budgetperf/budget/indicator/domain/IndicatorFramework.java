package org.budgetperf.budget.indicator.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned indicator framework: the allowed (一级, 二级) pairs. Frameworks are data, seeded by
 * migration, because regions and years differ (some put 成本指标 as a 一级 of its own).
 *
 * @param code stable identifier, e.g. {@code guangdong-city-2024}
 * @param name human name
 * @param entries allowed pairs in form order
 */
public record IndicatorFramework(String code, String name, List<Entry> entries) {

    /** One allowed (一级, 二级) pair. */
    public record Entry(String level1, String level2) {}

    public IndicatorFramework {
        entries = List.copyOf(entries);
    }

    /** Whether the pair is allowed by this framework. */
    public boolean allows(String level1, String level2) {
        return entries.stream()
                .anyMatch(e -> e.level1().equals(level1) && e.level2().equals(level2));
    }

    /** The 一级 a 二级 belongs to, when the 二级 name is unique in the framework. */
    public Optional<String> level1Of(String level2) {
        List<String> owners = entries.stream()
                .filter(e -> e.level2().equals(level2))
                .map(Entry::level1)
                .distinct()
                .toList();
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /** The distinct 一级 names in framework order. */
    public List<String> level1Names() {
        return entries.stream()
                .map(Entry::level1)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
