package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.util.function.Function;
import org.budgetperf.budget.domain.BudgetAmounts;

/** The eight money cells with their JSON path and their labels on the form, for messages. */
enum AmountField {
    BASIC_EXPENDITURE("basicExpenditure", "基本支出", "basic spending", BudgetAmounts::basicExpenditure),
    PROJECT_EXPENDITURE("projectExpenditure", "项目支出", "project spending", BudgetAmounts::projectExpenditure),
    FISCAL_APPROPRIATION("fiscalAppropriation", "财政拨款", "fiscal appropriation", BudgetAmounts::fiscalAppropriation),
    OTHER_FUNDS("otherFunds", "其他资金", "other funds", BudgetAmounts::otherFunds),
    SPECIAL_FUNDS("specialFunds", "财政专项资金", "special funds", BudgetAmounts::specialFunds),
    OTHER_DEVELOPMENT_EXPENDITURE(
            "otherDevelopmentExpenditure",
            "其他事业发展性支出",
            "other development spending",
            BudgetAmounts::otherDevelopmentExpenditure),
    CITY_LEVEL_FUNDS("cityLevelFunds", "市本级使用资金", "funds used at city level", BudgetAmounts::cityLevelFunds),
    TRANSFER_PAYMENT_FUNDS(
            "transferPaymentFunds", "拟用于对下转移支付资金", "transfers to lower levels", BudgetAmounts::transferPaymentFunds);

    private final String property;
    final String zh;
    final String en;
    private final Function<BudgetAmounts, BigDecimal> getter;

    AmountField(String property, String zh, String en, Function<BudgetAmounts, BigDecimal> getter) {
        this.property = property;
        this.zh = zh;
        this.en = en;
        this.getter = getter;
    }

    /** JSON path, e.g. {@code amounts.cityLevelFunds}. */
    String path() {
        return "amounts." + property;
    }

    BigDecimal of(BudgetAmounts amounts) {
        return getter.apply(amounts);
    }
}
