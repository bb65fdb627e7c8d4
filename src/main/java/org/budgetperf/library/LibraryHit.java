package org.budgetperf.library;

import java.math.BigDecimal;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.BudgetView;
import org.budgetperf.budget.indicator.IndicatorView;
import org.budgetperf.budget.indicator.domain.ValueBasis;

/**
 * One indicator of the library with where it comes from and, when its table was self-evaluated, what was achieved.
 *
 * @param indicatorId the indicator
 * @param level1 一级指标
 * @param level2 二级指标
 * @param name 三级指标
 * @param annualValue 年度指标值 as written
 * @param target its parsed reading, as in the table document; null when blank
 * @param valueBasis 指标值确定依据, null when not stated
 * @param valueBasisNote the basis in words
 * @param relevance how similar the name is to the searched fragment (pg_trgm word similarity, 0–1); null without one
 * @param department the table's department
 * @param fiscalYear the table's year
 * @param table the table and its status
 * @param evaluation the indicator's line in the table's latest self-evaluation; null when not evaluated
 */
public record LibraryHit(
        UUID indicatorId,
        String level1,
        String level2,
        String name,
        String annualValue,
        IndicatorView.Target target,
        ValueBasis valueBasis,
        String valueBasisNote,
        BigDecimal relevance,
        BudgetView.DepartmentRef department,
        int fiscalYear,
        TableRef table,
        Evaluation evaluation) {

    /** The table an indicator belongs to. */
    public record TableRef(UUID id, BudgetStatus status, String frameworkCode) {}

    /**
     * What the latest self-evaluation of the table recorded for the indicator.
     *
     * @param runId the self-evaluation run
     * @param actual 全年完成值 as given
     * @param score the indicator's score
     * @param targetMet whether the target was met; null when it could not be judged
     * @param grade the grade (优 良 中 差) of the whole self-evaluation
     */
    public record Evaluation(UUID runId, String actual, BigDecimal score, Boolean targetMet, String grade) {}
}
