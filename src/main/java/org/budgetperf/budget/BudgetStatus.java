package org.budgetperf.budget;

import java.util.EnumSet;
import java.util.Set;

/** Where a table stands in its review lifecycle (domain.md §5). */
public enum BudgetStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    ADJUSTING;

    /** The department may edit only tables that are not with the finance bureau and not approved. */
    public static final Set<BudgetStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED, ADJUSTING);

    public boolean editable() {
        return EDITABLE.contains(this);
    }
}
