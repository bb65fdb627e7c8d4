package org.budgetperf.budget;

import java.util.List;

/**
 * What the caller may do with a table, for {@code allowedActions}. The table aggregate owns the question; the
 * lifecycle workflow, which knows the transitions and who takes them, answers (lifecycle.AllowedActions), so the
 * dependency points from the workflow to the aggregate and not back, as for {@link TableFiles}.
 */
public interface TableActions {

    /**
     * The facts the actions depend on besides the caller; each changes the table's version, so the actions a caller
     * sees change only with the table's ETag.
     */
    record State(String departmentCode, BudgetStatus status, int approvedRevision) {

        public static State of(Budget b) {
            return new State(b.department.code, b.status, b.approvedRevision);
        }

        /** An approved revision is an official record: a table that ever had one cannot be deleted. */
        public boolean deletable() {
            return approvedRevision == 0;
        }
    }

    /** The actions the current caller may take on a table in this state, in the order of {@link TableAction}. */
    List<TableAction> allowed(State state);
}
