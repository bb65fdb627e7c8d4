package org.budgetperf.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.TableAction;
import org.budgetperf.budget.TableActions;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckService;
import org.budgetperf.shared.security.Caller;

/**
 * The one place {@code allowedActions} is computed, from the very predicates the endpoints enforce: the editing
 * rules of the table (its department's editors, an editable status, never deleted once approved), the lifecycle's
 * {@link Transition}s with their roles, who may record a check or an evaluation ({@link CheckService#mayRecord}) and
 * which tables have an approved revision to evaluate ({@link RevisionService#evaluable}). An action listed here is
 * one the endpoint will not refuse for role, department or status; a submission still runs the checks and is refused
 * with 422 while ERROR findings remain.
 */
@ApplicationScoped
public class AllowedActions implements TableActions {

    @Inject
    Caller caller;

    @Override
    public List<TableAction> allowed(State state) {
        String department = state.departmentCode();
        List<TableAction> actions = new ArrayList<>();
        boolean edits = caller.edits(department) && state.status().editable();
        if (edits) {
            actions.add(TableAction.EDIT);
        }
        if (edits && state.deletable()) {
            actions.add(TableAction.DELETE);
        }
        for (Transition t : Transition.values()) {
            if (t.allowedFrom(state.status()) && t.permits(caller, department)) {
                actions.add(t.tableAction());
            }
        }
        boolean evaluable = RevisionService.evaluable(state.status(), state.approvedRevision());
        if (evaluable && CheckService.mayRecord(caller, CheckRun.Kind.MONITORING, department)) {
            actions.add(TableAction.RECORD_MONITORING);
        }
        if (evaluable && CheckService.mayRecord(caller, CheckRun.Kind.SELF_EVALUATION, department)) {
            actions.add(TableAction.RECORD_SELF_EVALUATION);
        }
        if (CheckService.mayRecord(caller, CheckRun.Kind.REVIEW, department)) {
            actions.add(TableAction.RUN_CHECKS);
        }
        return actions;
    }
}
