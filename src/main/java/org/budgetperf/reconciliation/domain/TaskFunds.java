package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;

/**
 * The planned funds of one kind of task: their sum (blank funds count as 0) and how many were blank.
 *
 * @param kind key tasks (年度重点工作任务) or other tasks (其他需完成的任务)
 */
record TaskFunds(TaskKind kind, int count, int blankCount, BigDecimal sum) {

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
        return new TaskFunds(kind, count, blank, sum);
    }

    /** Tasks whose planned funds are filled in. */
    int stated() {
        return count - blankCount;
    }

    /** {@code 2 项重点工作任务拟投入资金合计 1,884,000.00 元（188.40 万元）（其中 1 项未填资金，按 0 计）}. */
    String sumZh() {
        String blanks = blankCount == 0 ? "" : "（其中 " + blankCount + " 项未填资金，按 0 计）";
        return count + " 项" + (kind == TaskKind.KEY ? "重点工作任务" : "其他任务") + "拟投入资金合计 " + Sums.zh(sum) + blanks;
    }

    /** {@code The 2 key tasks plan 1,884,000.00 yuan (188.40 万元) (1 of them with blank funds, counted as 0)}. */
    String sumEn() {
        String blanks = blankCount == 0 ? "" : " (" + blankCount + " of them with blank funds, counted as 0)";
        String tasks = (kind == TaskKind.KEY ? " key task" : " other task") + (count == 1 ? " plans " : "s plan ");
        return "The " + count + tasks + Sums.en(sum) + blanks;
    }
}
