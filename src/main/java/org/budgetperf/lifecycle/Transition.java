package org.budgetperf.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.TableAction;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.security.Roles;

/**
 * The lifecycle of a table (domain.md §5) as data: which action leads from which states to which
 * state, and who may take it. DRAFT → SUBMITTED → RETURNED → SUBMITTED … → APPROVED → ADJUSTING →
 * SUBMITTED … → APPROVED.
 */
public enum Transition {
    SUBMIT(
            "submit",
            Set.of(BudgetStatus.DRAFT, BudgetStatus.RETURNED, BudgetStatus.ADJUSTING),
            BudgetStatus.SUBMITTED,
            Roles.DEPARTMENT_EDITOR,
            BudgetEvent.Type.SUBMITTED),
    RETURN(
            "return",
            Set.of(BudgetStatus.SUBMITTED),
            BudgetStatus.RETURNED,
            Roles.FINANCE_REVIEWER,
            BudgetEvent.Type.RETURNED),
    APPROVE(
            "approve",
            Set.of(BudgetStatus.SUBMITTED),
            BudgetStatus.APPROVED,
            Roles.FINANCE_REVIEWER,
            BudgetEvent.Type.APPROVED),
    ADJUST(
            "adjust",
            Set.of(BudgetStatus.APPROVED),
            BudgetStatus.ADJUSTING,
            Roles.DEPARTMENT_EDITOR,
            BudgetEvent.Type.ADJUSTING);

    private final String action;
    private final Set<BudgetStatus> from;
    private final BudgetStatus to;
    private final String role;
    private final BudgetEvent.Type event;

    Transition(String action, Set<BudgetStatus> from, BudgetStatus to, String role, BudgetEvent.Type event) {
        this.action = action;
        this.from = from;
        this.to = to;
        this.role = role;
        this.event = event;
    }

    public String action() {
        return action;
    }

    public boolean allowedFrom(BudgetStatus status) {
        return from.contains(status);
    }

    public BudgetStatus to() {
        return to;
    }

    public String role() {
        return role;
    }

    /** Whether the caller may take this action on a table of the department: its editors, or the bureau's role. */
    public boolean permits(Caller caller, String departmentCode) {
        return Roles.DEPARTMENT_EDITOR.equals(role) ? caller.edits(departmentCode) : caller.hasRole(role);
    }

    /** The name of this transition in {@code allowedActions}. */
    public TableAction tableAction() {
        return TableAction.valueOf(name());
    }

    public BudgetEvent.Type event() {
        return event;
    }

    /** The actions possible from a state, for the 409 that refuses an illegal one. */
    public static List<String> actionsFrom(BudgetStatus status) {
        return Arrays.stream(values())
                .filter(t -> t.allowedFrom(status))
                .map(Transition::action)
                .toList();
    }
}
