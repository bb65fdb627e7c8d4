package org.budgetperf.budget;

import jakarta.validation.constraints.NotNull;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Replacement of a table's header, amounts and goal. The department is fixed once created; tasks and
 * indicators are changed through their own resources.
 */
public final class BudgetUpdate extends BudgetHeaderInput {

    /** The header of a stored table, amounts in 元: what the audit trail records before and after. */
    static BudgetUpdate of(Budget b) {
        return of(b, AmountUnit.YUAN);
    }

    /** The header with its amounts expressed in {@code unit}: the base a merge patch stating that unit applies to. */
    static BudgetUpdate of(Budget b, AmountUnit unit) {
        BudgetUpdate header = new BudgetUpdate();
        header.readFrom(b, unit);
        return header;
    }

    /** A stored table has a fiscal year. A getter, so Bean Validation reports it as {@code fiscalYear}. */
    @NotNull
    Integer getFiscalYear() {
        return fiscalYear;
    }
}
