package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;

/** The planned funds of one kind of task: their sum (blank funds count as 0) and how many were blank. */
record TaskFunds(int count, int blankCount, BigDecimal sum) {

    static TaskFunds of(List<TaskLine> tasks, TaskKind kind) {
        int count = 0;
        int blank = 0;
        BigDecimal sum = Sums.ZERO;
        for (TaskLine t : tasks) {
            if (t == null || t.kind() != kind) {
                continue;
            }
            count++;
            if (t.plannedFunds() == null) {
                blank++;
            } else {
                sum = sum.add(t.plannedFunds());
            }
        }
        return new TaskFunds(count, blank, sum);
    }

    /** Tasks whose planned funds are filled in. */
    int stated() {
        return count - blankCount;
    }
}
