package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.budgetperf.budget.domain.TargetTable;

/**
 * Which indicator of the previous table each indicator of the reviewed table continues: its linked predecessor when
 * it has one, else the previous indicator with the same 三级 name (compared as R-REV-5 compares names) and the same
 * 二级, when exactly one has them.
 */
final class History {

    /** A reviewed indicator and the previous one it continues. */
    record Pair(ReviewedIndicator current, int pastIndex, PreviousYear.PastIndicator past) {}

    private History() {}

    static List<Pair> pairs(TargetTable table, PreviousYear previous) {
        Map<String, List<Integer>> byName = new HashMap<>();
        List<PreviousYear.PastIndicator> past = previous.indicators();
        for (int p = 0; p < past.size(); p++) {
            byName.computeIfAbsent(key(past.get(p).level2(), past.get(p).name()), k -> new ArrayList<>())
                    .add(p);
        }
        List<Pair> pairs = new ArrayList<>();
        for (ReviewedIndicator ind : ReviewedIndicator.of(table)) {
            Integer p = previous.linked(ind.index());
            if (p == null || p < 0 || p >= past.size()) {
                List<Integer> same =
                        byName.getOrDefault(key(ind.line().level2(), ind.line().name()), List.of());
                p = same.size() == 1 ? same.get(0) : null;
            }
            if (p != null) {
                pairs.add(new Pair(ind, p, past.get(p)));
            }
        }
        return pairs;
    }

    /** The previous indicators that some indicator of the reviewed table continues. */
    static Set<Integer> continued(TargetTable table, PreviousYear previous) {
        Set<Integer> continued = new HashSet<>();
        pairs(table, previous).forEach(pair -> continued.add(pair.pastIndex()));
        return continued;
    }

    private static String key(String level2, String name) {
        return Objects.toString(Texts.strip(level2), "") + "\u0000"
                + (name == null ? "" : DuplicateIndicatorNameRule.key(name));
    }
}
