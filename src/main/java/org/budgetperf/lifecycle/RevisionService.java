package org.budgetperf.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.TableFiles;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

/** Revisions of a table: the approved ones exactly as approved, and the working copy after them. */
@ApplicationScoped
public class RevisionService {

    /** A revision in the list. {@code approvedBy}/{@code approvedAt} are null for the working copy. */
    public record RevisionSummary(
            int number, BudgetStatus state, String approvedBy, OffsetDateTime approvedAt, String comment) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    BudgetService budgets;

    @Inject
    TableFiles files;

    @Transactional
    public List<RevisionSummary> list(UUID budgetId) {
        Budget budget = budgets.get(budgetId);
        List<RevisionSummary> revisions = new ArrayList<>();
        approved(budgetId)
                .forEach(r -> revisions.add(
                        new RevisionSummary(r.number, BudgetStatus.APPROVED, r.approvedBy, r.approvedAt, r.comment)));
        if (budget.status != BudgetStatus.APPROVED) {
            revisions.add(new RevisionSummary(budget.approvedRevision + 1, budget.status, null, null, null));
        }
        return revisions;
    }

    /** The table as it was in revision {@code number}: frozen if approved, the live document if it is the working copy. */
    @Transactional
    public JsonNode document(UUID budgetId, int number) {
        Budget budget = budgets.get(budgetId);
        if (budget.status != BudgetStatus.APPROVED && number == budget.approvedRevision + 1) {
            return mapper.valueToTree(budgets.view(budget));
        }
        BudgetRevision revision = em.find(BudgetRevision.class, new BudgetRevision.Key(budgetId, number));
        if (revision == null) {
            throw new ProblemException(ProblemCode.NOT_FOUND, Messages.REVISION_NOT_FOUND.of(number, budgetId));
        }
        try {
            return mapper.readTree(revision.document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored revision is not readable", e);
        }
    }

    /**
     * Revision {@code number} in the official layout: an approved revision as frozen (its ETag names the revision, which
     * never changes), the working copy as it is now (its ETag also names the table's version).
     */
    @Transactional
    public TableFiles.File file(UUID budgetId, int number, TableFiles.Format format) {
        Budget budget = budgets.get(budgetId);
        boolean working = budget.status != BudgetStatus.APPROVED && number == budget.approvedRevision + 1;
        String etag = "\"r" + number + (working ? "-v" + budget.version : "") + "\"";
        return files.revision(
                budget, number, FrozenTable.read(document(budgetId, number)).table(), etag, format);
    }

    /**
     * The table as last approved, for monitoring and self-evaluation: the table itself while APPROVED, its frozen
     * approved revision while an adjustment is open (the approved targets stand until the adjustment is approved).
     * A table never approved has nothing to evaluate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BudgetService.StoredTable approvedTable(Budget budget) {
        if (budget.status == BudgetStatus.APPROVED) {
            return budgets.storedTable(budget);
        }
        if (!evaluable(budget.status, budget.approvedRevision)) {
            throw new ProblemException(ProblemCode.CONFLICT, Messages.NOT_APPROVED.of(budget.id, budget.status));
        }
        return FrozenTable.read(document(budget.id, budget.approvedRevision));
    }

    /** Whether a table in this state has an approved revision that monitoring and self-evaluation concern. */
    public static boolean evaluable(BudgetStatus status, int approvedRevision) {
        return status == BudgetStatus.APPROVED || (status == BudgetStatus.ADJUSTING && approvedRevision > 0);
    }

    @Transactional
    public RevisionDiff.Result changes(UUID budgetId, int number, Integer since) {
        if (since == null && number <= 1) {
            throw ProblemException.invalid(
                    Violation.query("since", ViolationCode.REQUIRED, Messages.FIRST_REVISION.of(number)));
        }
        int from = since == null ? number - 1 : since;
        return RevisionDiff.compare(from, document(budgetId, from), number, document(budgetId, number));
    }

    private List<BudgetRevision> approved(UUID budgetId) {
        return em.createQuery(
                        "SELECT r FROM BudgetRevision r WHERE r.budgetId = :b ORDER BY r.number", BudgetRevision.class)
                .setParameter("b", budgetId)
                .getResultList();
    }
}
