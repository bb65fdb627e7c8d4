package org.budgetperf.budget;

import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.money.Money;
import org.budgetperf.shared.problem.Violation;

/** The eight amounts of a table's 预算整体情况 converted as a block, each by {@link Money}'s exact rules. */
final class TableAmounts {

    private TableAmounts() {}

    /** Converts the eight amounts of a request into 元, reporting each problem under {@code amounts.<field>}. */
    static BudgetAmounts toYuan(BudgetAmounts a, AmountUnit unit, List<Violation> violations) {
        if (a == null) {
            return BudgetAmounts.blank();
        }
        AmountUnit u = unit == null ? AmountUnit.YUAN : unit;
        return new BudgetAmounts(
                Money.toYuan(a.basicExpenditure(), u, "amounts.basicExpenditure", violations),
                Money.toYuan(a.projectExpenditure(), u, "amounts.projectExpenditure", violations),
                Money.toYuan(a.fiscalAppropriation(), u, "amounts.fiscalAppropriation", violations),
                Money.toYuan(a.otherFunds(), u, "amounts.otherFunds", violations),
                Money.toYuan(a.specialFunds(), u, "amounts.specialFunds", violations),
                Money.toYuan(a.otherDevelopmentExpenditure(), u, "amounts.otherDevelopmentExpenditure", violations),
                Money.toYuan(a.cityLevelFunds(), u, "amounts.cityLevelFunds", violations),
                Money.toYuan(a.transferPaymentFunds(), u, "amounts.transferPaymentFunds", violations));
    }

    /** Expresses amounts held in 元 in {@code unit}, exactly (万元 keep up to 6 decimals). */
    static BudgetAmounts expressedIn(BudgetAmounts yuan, AmountUnit unit) {
        return new BudgetAmounts(
                Money.expressedIn(yuan.basicExpenditure(), unit),
                Money.expressedIn(yuan.projectExpenditure(), unit),
                Money.expressedIn(yuan.fiscalAppropriation(), unit),
                Money.expressedIn(yuan.otherFunds(), unit),
                Money.expressedIn(yuan.specialFunds(), unit),
                Money.expressedIn(yuan.otherDevelopmentExpenditure(), unit),
                Money.expressedIn(yuan.cityLevelFunds(), unit),
                Money.expressedIn(yuan.transferPaymentFunds(), unit));
    }
}
