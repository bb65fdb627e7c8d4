package org.budgetperf.exchange.selfevaluation;

import java.math.BigDecimal;

/**
 * What a self-evaluation form prints above and below the scores, which the scoring outcome does not carry.
 *
 * @param projectName 项目名称
 * @param fiscalYear the year in the title
 * @param implementingUnit 项目实施单位
 * @param competentDepartment 项目主管部门
 * @param contact 项目联系人
 * @param initialBudget 年初预算数 in 元, null when not stated
 * @param annualGoal 全年绩效目标
 * @param goalAchievement 全年目标实际完成情况
 * @param explanation 说明
 */
public record SelfEvaluationHeader(
        String projectName,
        Integer fiscalYear,
        String implementingUnit,
        String competentDepartment,
        String contact,
        BigDecimal initialBudget,
        String annualGoal,
        String goalAchievement,
        String explanation) {

    /** The header of a form that was read. */
    public static SelfEvaluationHeader of(SelfEvaluationForm form) {
        return new SelfEvaluationHeader(
                form.projectName(),
                form.fiscalYear(),
                form.implementingUnit(),
                form.competentDepartment(),
                form.contact(),
                form.amount(SelfEvaluationForm.AmountKind.INITIAL_BUDGET),
                form.annualGoal(),
                form.goalAchievement(),
                form.explanation());
    }
}
