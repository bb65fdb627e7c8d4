package org.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The department's previous table as the history rules (R-HIS-1, R-HIS-2) see it: its year, its indicators with
 * last year's actual where a self-evaluation recorded one, and which of them each indicator of the reviewed table
 * continues.
 *
 * @param fiscalYear the previous table's year
 * @param indicators its indicators in table order
 * @param predecessors for each indicator of the reviewed table, in its order, the index into {@code indicators} of
 *     the indicator it was carried over from ({@code predecessor_id}), or null when it has no link; shorter than the
 *     reviewed table's list (or empty) means no links
 */
public record PreviousYear(int fiscalYear, List<PastIndicator> indicators, List<Integer> predecessors) {

    public PreviousYear {
        indicators = List.copyOf(indicators);
        predecessors = Collections.unmodifiableList(new ArrayList<>(predecessors));
    }

    /**
     * One indicator of the previous table.
     *
     * @param level2 二级指标 as written
     * @param name 三级指标 as written
     * @param annualValue 年度指标值 as written
     * @param actual 全年完成值 of the previous table's latest self-evaluation; null when not evaluated
     * @param keyTask the name of the key task (年度重点工作任务) it measured; null when it measured none or another task
     */
    public record PastIndicator(String level2, String name, String annualValue, String actual, String keyTask) {}

    /** The linked predecessor of indicator {@code index} of the reviewed table, if any. */
    Integer linked(int index) {
        return index < predecessors.size() ? predecessors.get(index) : null;
    }
}
