package org.budgetperf.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.budgetperf.shared.events.PendingEvent;
import org.budgetperf.shared.metrics.DomainMetrics;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.ProblemExtensions;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.Timestamps;

/**
 * Moves tables through their lifecycle. Each transition is checked against {@link Transition}, taken
 * by the right role only, recorded in the audit trail with its comment and published as an event, all
 * in one transaction. Approval freezes the revision as the whole document it was. Every transition names the table
 * version its caller saw ({@code If-Match}: 428 without, 412 when the table changed since).
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
    public TransitionView submit(UUID budgetId, String ifMatch, TransitionInput input) {
        InputValidator.failIfAny(validator.check(input == null ? new TransitionInput(null) : input));
        Budget budget = budgets.get(budgetId);
        permitted(Transition.SUBMIT, budget);
        allowed(Transition.SUBMIT, budget);
        // Before the checks run: a submission of a version the caller did not see records nothing.
        ETags.require(ifMatch, budget.version);
        CheckService.Recorded<ReviewFindingView.Result> review =
                checks.run(CheckRun.Kind.REVIEW, budgetId, reviewer::check);
        CheckService.Recorded<ReconciliationOutcome> reconciliation =
                checks.run(CheckRun.Kind.RECONCILIATION, budgetId, reconciler::check);
        List<Violation> blocking = new ArrayList<>();
        for (ReviewFindingView f : review.result().blocking()) {
            blocking.add(blocking(f.field() == null ? "table" : f.field(), f.ruleId(), f.messageEn(), f.messageZh()));
        }
        for (RuleResult r : reconciliation.result().results()) {
            if (r.status() == RuleStatus.FAIL && r.severity() == Severity.ERROR) {
                blocking.add(
                        blocking(r.field() == null ? "amounts" : r.field(), r.ruleId(), r.messageEn(), r.messageZh()));
            }
        }
        if (!blocking.isEmpty()) {
            UUID reviewRunId = review.view().id();
            UUID reconciliationRunId = reconciliation.view().id();
            throw new ProblemException(
                    ProblemCode.SUBMISSION_BLOCKED,
                    Messages.SUBMISSION_BLOCKED.of(blocking.size(), reviewRunId, reconciliationRunId),
                    blocking,
                    Map.of(),
                    ProblemExtensions.blockedSubmission(
                            blocking.stream().map(Violation::ruleId).distinct().toList(),
                            reviewRunId,
                            reconciliationRunId));
        }
        return transition(Transition.SUBMIT, budgetId, ifMatch, input, new Checks(review, reconciliation));
    }

    /** A finding that blocks the submission, at its field of the stored table, in the words of its rule. */
    private static Violation blocking(String field, String ruleId, String messageEn, String messageZh) {
        return new Violation(
                field,
                "table",
                ViolationCode.BLOCKING_FINDING,
                Messages.CODED_MESSAGE.of(ruleId, Text.of(messageEn, messageZh)),
                ruleId);
    }

    public TransitionView returnForChanges(UUID budgetId, String ifMatch, TransitionInput input) {
        if (input == null || input.comment() == null || input.comment().isBlank()) {
            throw ProblemException.invalid("comment", ViolationCode.REQUIRED, Messages.RETURN_REASONS_REQUIRED.of());
        }
        InputValidator.failIfAny(validator.check(input));
        return transition(Transition.RETURN, budgetId, ifMatch, input, Checks.NONE);
    }

    public TransitionView approve(UUID budgetId, String ifMatch, TransitionInput input) {
        InputValidator.failIfAny(validator.check(input == null ? new TransitionInput(null) : input));
        return transition(Transition.APPROVE, budgetId, ifMatch, input, Checks.NONE);
    }

    public TransitionView adjust(UUID budgetId, String ifMatch, TransitionInput input) {
        InputValidator.failIfAny(validator.check(input == null ? new TransitionInput(null) : input));
        return transition(Transition.ADJUST, budgetId, ifMatch, input, Checks.NONE);
    }

    /** The recorded runs a submission was checked by; none for the other transitions. */
    private record Checks(CheckService.Recorded<?> review, CheckService.Recorded<?> reconciliation) {

        static final Checks NONE = new Checks(null, null);
    }

    private TransitionView transition(
            Transition t, UUID budgetId, String ifMatch, TransitionInput input, Checks checks) {
        // The event's seq is assigned when the transaction commits: the answer is made once it has.
        return metrics.timed(
                "perf.lifecycle.transitions",
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> transitionInTransaction(t, budgetId, ifMatch, input, checks))
                        .view(),
                "action",
                t.name());
    }

    /** A committed transition, answered with the place its event took in the feed. */
    private record Transitioned(
            Transition transition,
            UUID budgetId,
            UUID departmentId,
            String departmentCode,
            int fiscalYear,
            BudgetStatus from,
            int revision,
            String comment,
            UUID reviewRunId,
            UUID reconciliationRunId,
            PendingEvent event) {

        TransitionView view() {
            return new TransitionView(
                    event.seq(),
                    transition.event(),
                    budgetId,
                    departmentId,
                    departmentCode,
                    fiscalYear,
                    from,
                    transition.to(),
                    revision,
                    event.actor(),
                    comment,
                    reviewRunId,
                    reconciliationRunId,
                    event.occurredAt());
        }
    }

    /**
     * The table is locked, so a concurrent row change waits for the transition (or the transition sees it and refuses);
     * role and status are checked before the caller's {@code If-Match} (as a delete does), so a 412 answers only a
     * transition that would otherwise be taken.
     */
    private Transitioned transitionInTransaction(
            Transition t, UUID budgetId, String ifMatch, TransitionInput input, Checks checked) {
        Budget budget = budgets.locked(budgetId);
        permitted(t, budget);
        allowed(t, budget);
        ETags.require(ifMatch, budget.version);
        if (checked.review() != null && checked.review().checkedVersion() != budget.version) {
            throw new ProblemException(ProblemCode.CONFLICT, Messages.CHANGED_WHILE_CHECKED.of());
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
        int revision = budget.status == BudgetStatus.APPROVED ? budget.approvedRevision : budget.approvedRevision + 1;
        UUID reviewRunId =
                checked.review() == null ? null : checked.review().view().id();
        UUID reconciliationRunId = checked.reconciliation() == null
                ? null
                : checked.reconciliation().view().id();
        // The event carries what the feed's transitions always did (the deprecated items are made from it).
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("fromStatus", from.name());
        facts.put("toStatus", budget.status.name());
        facts.put("revision", revision);
        facts.put("comment", comment);
        facts.put("reviewRunId", reviewRunId);
        facts.put("reconciliationRunId", reconciliationRunId);
        PendingEvent event = audit.record(
                BudgetService.subjectOf(budget),
                AuditRecord.Operation.valueOf(t.name()),
                Map.of("status", from),
                comment == null ? Map.of("status", budget.status) : Map.of("status", budget.status, "comment", comment),
                facts);
        em.flush();
        return new Transitioned(
                t,
                budget.id,
                budget.department.id,
                budget.department.code,
                budget.fiscalYear,
                from,
                revision,
                comment,
                reviewRunId,
                reconciliationRunId,
                event);
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
                    Messages.ACTION_NOT_POSSIBLE.of(
                            budget.id, budget.status, t.action(), Transition.actionsFrom(budget.status)),
                    List.of(),
                    Map.of(),
                    ProblemExtensions.allowedActions(allowedActions.allowed(TableActions.State.of(budget)).stream()
                            .map(Enum::name)
                            .toList()));
        }
    }

    private void permitted(Transition t, Budget budget) {
        if (!t.permits(caller, budget.department.code)) {
            throw new ProblemException(
                    ProblemCode.FORBIDDEN,
                    Roles.DEPARTMENT_EDITOR.equals(t.role())
                            ? Messages.ACTION_FOR_EDITORS.of(t.action())
                            : Messages.ACTION_FOR_BUREAU.of(t.action(), t.role()));
        }
    }
}
