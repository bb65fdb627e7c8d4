package org.budgetperf.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.TableActions;
import org.budgetperf.checks.CheckRun;
import org.budgetperf.checks.CheckService;
import org.budgetperf.reconciliation.Reconciler;
import org.budgetperf.reconciliation.domain.ReconciliationOutcome;
import org.budgetperf.reconciliation.domain.RuleResult;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.reconciliation.domain.Severity;
import org.budgetperf.review.ReviewFindingView;
import org.budgetperf.review.Reviewer;
import org.budgetperf.shared.audit.AuditRecord;
import org.budgetperf.shared.audit.AuditTrail;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.Timestamps;

/**
 * Moves tables through their lifecycle. Each transition is checked against {@link Transition}, taken
 * by the right role only, recorded in the audit trail with its comment and published as an event, all
 * in one transaction. Approval freezes the revision as the whole document it was.
 */
@ApplicationScoped
public class LifecycleService {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    BudgetService budgets;

    @Inject
    CheckService checks;

    @Inject
    Reviewer reviewer;

    @Inject
    Reconciler reconciler;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    InputValidator validator;

    @Inject
    AllowedActions allowedActions;

    @Inject
    DomainMetrics metrics;

    /**
     * Submits a table: runs and records the review and the reconciliation first (they stay recorded
     * whatever the outcome), refuses with 422 while any ERROR finding remains, then submits exactly the
     * version that was checked.
     */
    public TransitionView submit(UUID budgetId, TransitionInput input) {
        InputValidator.failIfAny(validator.check(input == null ? new TransitionInput(null) : input));
        Budget budget = budgets.get(budgetId);
        permitted(Transition.SUBMIT, budget);
        allowed(Transition.SUBMIT, budget);
        CheckService.Recorded<ReviewFindingView.Result> review =
                checks.run(CheckRun.Kind.REVIEW, budgetId, reviewer::check);
        CheckService.Recorded<ReconciliationOutcome> reconciliation =
                checks.run(CheckRun.Kind.RECONCILIATION, budgetId, reconciler::check);
        List<Violation> blocking = new ArrayList<>();
        for (ReviewFindingView f : review.result().blocking()) {
            blocking.add(
                    new Violation(f.field() == null ? "table" : f.field(), "table", f.ruleId() + ": " + f.messageEn()));
        }
        for (RuleResult r : reconciliation.result().results()) {
            if (r.status() == RuleStatus.FAIL && r.severity() == Severity.ERROR) {
                blocking.add(new Violation(
                        r.field() == null ? "amounts" : r.field(), "table", r.ruleId() + ": " + r.messageEn()));
            }
        }
        if (!blocking.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.SUBMISSION_BLOCKED,
                    blocking.size() + " finding(s) of severity ERROR block"
                            + " the submission; fix them and submit again (review run "
                            + review.view().id() + ", reconciliation run "
                            + reconciliation.view().id() + ")",
                    blocking);
        }
        return transition(Transition.SUBMIT, budgetId, input, new Checks(review, reconciliation));
    }

    public TransitionView returnForChanges(UUID budgetId, TransitionInput input) {
        if (input == null || input.comment() == null || input.comment().isBlank()) {
            throw ProblemException.invalid("comment", "the reasons for returning the table are required");
        }
        InputValidator.failIfAny(validator.check(input));
        return transition(Transition.RETURN, budgetId, input, Checks.NONE);
    }

    public TransitionView approve(UUID budgetId, TransitionInput input) {
        InputValidator.failIfAny(validator.check(input == null ? new TransitionInput(null) : input));
        return transition(Transition.APPROVE, budgetId, input, Checks.NONE);
    }

    public TransitionView adjust(UUID budgetId, TransitionInput input) {
        InputValidator.failIfAny(validator.check(input == null ? new TransitionInput(null) : input));
        return transition(Transition.ADJUST, budgetId, input, Checks.NONE);
    }

    /** The recorded runs a submission was checked by; none for the other transitions. */
    private record Checks(CheckService.Recorded<?> review, CheckService.Recorded<?> reconciliation) {

        static final Checks NONE = new Checks(null, null);
    }

    private TransitionView transition(Transition t, UUID budgetId, TransitionInput input, Checks checks) {
        return metrics.timed(
                "perf.lifecycle.transitions",
                () -> QuarkusTransaction.requiringNew().call(() -> transitionInTransaction(t, budgetId, input, checks)),
                "action",
                t.name());
    }

    private TransitionView transitionInTransaction(Transition t, UUID budgetId, TransitionInput input, Checks checked) {
        // Locked, so a concurrent row change waits for the transition (or the transition sees it and refuses).
        Budget budget = budgets.locked(budgetId);
        permitted(t, budget);
        allowed(t, budget);
        if (checked.review() != null && checked.review().checkedVersion() != budget.version) {
            throw new ProblemException(
                    ProblemCode.CONFLICT, "the table changed while it was being checked; submit again");
        }
        BudgetStatus from = budget.status;
        String comment =
                input == null || input.comment() == null || input.comment().isBlank()
                        ? null
                        : input.comment().trim();
        budget.status = t.to();
        if (t == Transition.SUBMIT) {
            budget.submittedAt = Timestamps.now();
        }
        if (t == Transition.APPROVE) {
            budget.approvedRevision++;
        }
        em.flush();
        if (t == Transition.APPROVE) {
            freeze(budget, comment);
        }
        BudgetEvent event = new BudgetEvent();
        event.type = t.event();
        event.budgetId = budget.id;
        event.departmentId = budget.department.id;
        event.departmentCode = budget.department.code;
        event.fiscalYear = budget.fiscalYear;
        event.fromStatus = from;
        event.toStatus = budget.status;
        event.revision = budget.status == BudgetStatus.APPROVED ? budget.approvedRevision : budget.approvedRevision + 1;
        event.actor = caller.subject();
        event.comment = comment;
        event.reviewRunId =
                checked.review() == null ? null : checked.review().view().id();
        event.reconciliationRunId = checked.reconciliation() == null
                ? null
                : checked.reconciliation().view().id();
        event.occurredAt = Timestamps.now();
        em.persist(event);
        audit.record(
                BudgetService.subjectOf(budget),
                AuditRecord.Operation.valueOf(t.name()),
                Map.of("status", from),
                comment == null
                        ? Map.of("status", budget.status)
                        : Map.of("status", budget.status, "comment", comment));
        em.flush();
        return TransitionView.of(event);
    }

    private void freeze(Budget budget, String comment) {
        BudgetRevision revision = new BudgetRevision();
        revision.budgetId = budget.id;
        revision.number = budget.approvedRevision;
        revision.approvedBy = caller.subject();
        revision.approvedAt = Timestamps.now();
        revision.comment = comment;
        try {
            revision.document = mapper.writeValueAsString(budgets.view(budget));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("approved table cannot be frozen", e);
        }
        em.persist(revision);
    }

    /** A 409 that names, besides the prose, the caller's allowed actions as a field a client can act on. */
    private void allowed(Transition t, Budget budget) {
        if (!t.allowedFrom(budget.status)) {
            throw new ProblemException(
                    ProblemCode.ILLEGAL_TRANSITION,
                    "budget " + budget.id + " is " + budget.status + "; '" + t.action()
                            + "' is not possible; allowed now: " + Transition.actionsFrom(budget.status),
                    List.of(),
                    Map.of(),
                    allowedActions.allowed(TableActions.State.of(budget)).stream()
                            .map(Enum::name)
                            .toList());
        }
    }

    private void permitted(Transition t, Budget budget) {
        if (!t.permits(caller, budget.department.code)) {
            throw new ProblemException(
                    ProblemCode.FORBIDDEN,
                    "'" + t.action() + "' is for "
                            + (Roles.DEPARTMENT_EDITOR.equals(t.role())
                                    ? "the department's editors"
                                    : "the finance bureau (" + t.role() + ")"));
        }
    }
}
