package org.budgetperf.budget.domain;

import java.math.BigDecimal;

/**
 * One task row of the form, independent of storage.
 *
 * @param kind key task or other task
 * @param name 名称
 * @param content 主要实施内容 (key task) or 目标内容 (other task)
 * @param plannedFunds 拟投入的资金 in 元, exact; null when blank
 * @param expectedOutcome 期望达到的目标(概述); other tasks have none
 */
public record TaskLine(TaskKind kind, String name, String content, BigDecimal plannedFunds, String expectedOutcome) {}
