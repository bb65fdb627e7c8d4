package org.budgetperf.budget;

import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.shared.money.AmountUnit;

/** The header fields shared by creating and replacing a table, so both are applied by one piece of code. */
public interface BudgetHeaderInput {

    Integer fiscalYear();

    Integer periodStartYear();

    Integer periodEndYear();

    String frameworkCode();

    Integer staffCount();

    Integer subordinateUnitCount();

    AmountUnit amountUnit();

    BudgetAmounts amounts();

    String overallGoal();
}
