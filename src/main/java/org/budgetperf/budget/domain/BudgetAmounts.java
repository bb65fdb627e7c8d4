package org.budgetperf.budget.domain;

import java.math.BigDecimal;

/**
 * The eight money cells of the form, exact in 元 with two decimals.
 *
 * <p>{@code null} means the cell is blank on the form, which is not the same as 0.00: 市本级使用资金
 * is blank in the Dongguan 2024 table while 拟用于对下转移支付资金 is 0.00, and rules such as R-BUD-2
 * must tell the two apart.
 *
 * @param basicExpenditure 基本支出
 * @param projectExpenditure 项目支出
 * @param fiscalAppropriation 财政拨款
 * @param otherFunds 其他资金
 * @param specialFunds 财政专项资金
 * @param otherDevelopmentExpenditure 其他事业发展性支出
 * @param cityLevelFunds 市本级使用资金
 * @param transferPaymentFunds 拟用于对下转移支付资金
 */
public record BudgetAmounts(
        BigDecimal basicExpenditure,
        BigDecimal projectExpenditure,
        BigDecimal fiscalAppropriation,
        BigDecimal otherFunds,
        BigDecimal specialFunds,
        BigDecimal otherDevelopmentExpenditure,
        BigDecimal cityLevelFunds,
        BigDecimal transferPaymentFunds) {

    /** A table with every amount blank. */
    public static BudgetAmounts blank() {
        return new BudgetAmounts(null, null, null, null, null, null, null, null);
    }
}
