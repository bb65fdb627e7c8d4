package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-REV-5 三级 names are unique within a table</b> (severity WARNING).
 *
 * <p>Statement: no two indicators of one table carry the same 三级 name.
 *
 * <p>Check: names are compared after removing all white space, folding full-width brackets and
 * punctuation (（）【】：，) onto their ASCII forms and ignoring Latin case, so {@code 促进创业人数（人）} and
 * {@code 促进创业人数 (人)} are the same name. One FAIL per later occurrence, target
 * {@code indicators[j].name}, naming the first occurrence. Rows without a name are R-REV-1's.
 *
 * <p>Source: domain.md §4.2 R-REV-5.
 *
 * <p>Decisions: a WARNING, across the whole table (not per 二级). A repeated name makes monitoring reports
 * and the self-evaluation ambiguous (which 群众满意度 is meant?), but it can be intended — the same
 * measure for two tasks — in which case the department should make the names tell them apart. It does
 * not make any target unusable, so it does not block.
 */
public final class DuplicateIndicatorNameRule extends ReviewRule {

    private static final String FOLD_FROM = "（）【】：，";
    private static final String FOLD_TO = "()[]:,";

    public DuplicateIndicatorNameRule() {
        super("R-REV-5", Severity.WARNING);
    }

    @Override
    public List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        Map<String, ReviewedIndicator> first = new HashMap<>();
        List<ReviewFinding> found = new ArrayList<>();
        for (ReviewedIndicator ind : ReviewedIndicator.of(table)) {
            if (Texts.isBlank(ind.line().name())) {
                continue;
            }
            String key = key(ind.line().name());
            ReviewedIndicator earlier = first.putIfAbsent(key, ind);
            if (earlier != null) {
                found.add(indicatorFailure(
                        ind.index(),
                        "name",
                        "三级指标名称重复：第 " + (ind.index() + 1) + " 条" + ind.zh() + "与第 " + (earlier.index() + 1) + " 条"
                                + earlier.zh() + "同名（indicators[" + earlier.index() + "]）。请合并，或修改名称以示区别。",
                        "Duplicate 三级 name: indicator " + (ind.index() + 1) + " " + ind.en() + " has the same name as"
                                + " indicator " + (earlier.index() + 1) + " " + earlier.en() + " (indicators["
                                + earlier.index() + "]). Merge them or make the names distinct."));
            }
        }
        return orPass(found, "三级指标名称无重复。", "No two indicators share a 三级 name.");
    }

    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(c -> {
                    int k = c < Character.MIN_SUPPLEMENTARY_CODE_POINT ? FOLD_FROM.indexOf((char) c) : -1;
                    sb.appendCodePoint(k >= 0 ? FOLD_TO.charAt(k) : c);
                });
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
