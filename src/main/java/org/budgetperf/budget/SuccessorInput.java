package org.budgetperf.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What next year's draft is made of: its fiscal year (the next one after the table's when omitted) and whether
 * the amounts (the table's eight amounts and every task's funds) are carried over; by default they are left
 * blank, because next year's money is decided anew.
 */
public record SuccessorInput(@Min(2000) @Max(2100) Integer fiscalYear, Boolean copyAmounts) {

    boolean amountsCopied() {
        return Boolean.TRUE.equals(copyAmounts);
    }
}
