package org.budgetperf.budget.domain;

/** The two task blocks of the form. */
public enum TaskKind {
    /** 年度重点工作任务: name, content, planned funds, expected outcome. */
    KEY,
    /** 其他需完成的任务(可选填): name, target content, planned funds. */
    OTHER
}
