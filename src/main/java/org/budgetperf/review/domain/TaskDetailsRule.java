package org.budgetperf.review.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-REV-2 Task details</b> (severity ERROR for key tasks, WARNING for other tasks).
 *
 * <p>Statement: every key task (年度重点工作任务) has a name, its content (主要实施内容), planned funds
 * greater than zero and an expected outcome (期望达到的目标); every other task (其他需完成的任务) has a
 * name and planned funds greater than zero.
 *
 * <p>Check, one FAIL per missing field, target {@code tasks[i].<field>}: {@code name}, {@code content},
 * {@code expectedOutcome} blank; {@code plannedFunds} null (blank) or ≤ 0.
 *
 * <p>Source: domain.md §1 (the task blocks), §4.2 R-REV-2.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Key tasks: ERROR. The finance bureau approves the money per key task; a task without content,
 *       funds or an expected outcome cannot be judged or later evaluated (§4.4 evaluates tasks).</li>
 *   <li>Other tasks: WARNING. The block is optional (可选填) and R-BUD-4 compares its funds as a WARNING;
 *       a listed row should still say what it is and what it costs, but that does not block submission.
 *       Their 目标内容 is not checked (§4.2 asks only for name and funds).</li>
 *   <li>Funds of 0.00 fail like blank funds (the statement is "funds &gt; 0"), with a different message;
 *       negative funds are reported here too (R-BUD-5 also reports them as amounts).</li>
 * </ul>
 */
public final class TaskDetailsRule extends ReviewRule {

    static final Severity KEY_TASK_SEVERITY = Severity.ERROR;
    static final Severity OTHER_TASK_SEVERITY = Severity.WARNING;

    public TaskDetailsRule() {
        super("R-REV-2", KEY_TASK_SEVERITY);
    }

    @Override
    public List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        List<ReviewFinding> found = new ArrayList<>();
        List<TaskLine> tasks = table.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            found.addAll(review(i, tasks.get(i)));
        }
        return orPass(
                found,
                "每项重点工作任务均有名称、实施内容、大于 0 的资金和期望目标；其他任务均有名称和资金。",
                "Every key task has a name, content, funds greater than 0 and an expected outcome; every other task"
                        + " has a name and funds.");
    }

    /** One task's missing details, in field order. */
    private List<ReviewFinding> review(int index, TaskLine t) {
        boolean key = t.kind() != TaskKind.OTHER; // a task of unknown kind is held to the key-task standard
        Severity severity = key ? KEY_TASK_SEVERITY : OTHER_TASK_SEVERITY;
        String kindZh = key ? "重点工作任务" : "其他任务";
        String kindEn = key ? "Key task" : "Other task";
        String whoZh = kindZh + Texts.taskZh(index, t);
        String whoEn = kindEn + " " + Texts.taskEn(index, t);
        List<ReviewFinding> found = new ArrayList<>();
        if (Texts.isBlank(t.name())) {
            found.add(taskFailure(
                    severity,
                    index,
                    "name",
                    kindZh + "（第 " + (index + 1) + " 项）名称为空。",
                    kindEn + " " + (index + 1) + " has no name."));
        }
        if (key && Texts.isBlank(t.content())) {
            found.add(
                    taskFailure(severity, index, "content", whoZh + "的主要实施内容为空。", whoEn + " has no content (主要实施内容)."));
        }
        BigDecimal funds = t.plannedFunds();
        if (funds == null) {
            found.add(taskFailure(
                    severity,
                    index,
                    "plannedFunds",
                    whoZh + "的拟投入资金为空白。",
                    whoEn + " has no planned funds (拟投入的资金 is blank)."));
        } else if (funds.signum() <= 0) {
            found.add(taskFailure(
                    severity,
                    index,
                    "plannedFunds",
                    whoZh + "的拟投入资金为 " + Texts.yuan(funds) + " 元，应大于 0。",
                    whoEn + " plans " + Texts.yuan(funds) + " yuan; planned funds must be greater than 0."));
        }
        if (key && Texts.isBlank(t.expectedOutcome())) {
            found.add(taskFailure(
                    severity,
                    index,
                    "expectedOutcome",
                    whoZh + "的期望达到的目标为空。",
                    whoEn + " has no expected outcome (期望达到的目标)."));
        }
        return found;
    }
}
