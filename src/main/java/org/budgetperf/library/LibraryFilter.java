package org.budgetperf.library;

import java.util.UUID;

/**
 * What a library search asks for; null means "any".
 *
 * @param name a fragment of the 三级 name; hits are ranked by how similar their names are to it
 * @param level1 一级指标, exactly
 * @param level2 二级指标, exactly
 * @param unit the unit of the parsed 年度指标值, exactly ({@code 篇}, {@code %})
 * @param operator the operator symbol of the parsed 年度指标值 ({@code ≥}, {@code ≤}, {@code =}, {@code >}, {@code <})
 * @param fiscalYear the table's year
 * @param departmentId the table's department
 * @param frameworkCode the table's indicator framework (suggestions only)
 * @param excludedBudget a table left out (suggestions: the table being edited)
 */
record LibraryFilter(
        String name,
        String level1,
        String level2,
        String unit,
        String operator,
        Integer fiscalYear,
        UUID departmentId,
        String frameworkCode,
        UUID excludedBudget) {}
