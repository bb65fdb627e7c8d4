package org.budgetperf.budget;

import java.util.List;
import java.util.UUID;

/**
 * What {@code POST /budgets/{id}/successor} made: the new draft, what was copied into it and what was left blank.
 *
 * @param id the new table
 * @param predecessorId the table it continues
 * @param fiscalYear the new table's year
 * @param copied how much was copied
 * @param leftBlank the fields filled in the predecessor and blank in the new draft, as paths of the new table's
 *     document ({@code amounts.basicExpenditure}, {@code tasks[2].plannedFunds}); empty when amounts were copied
 */
public record SuccessorReport(UUID id, UUID predecessorId, int fiscalYear, Copied copied, List<String> leftBlank) {

    /**
     * @param overallGoal whether the predecessor had a goal to copy
     * @param tasks tasks copied, each linked to its predecessor
     * @param indicators indicators copied, each linked to its predecessor and to the copy of its task
     * @param amounts whether the amounts and task funds were copied
     */
    public record Copied(boolean overallGoal, int tasks, int indicators, boolean amounts) {}
}
