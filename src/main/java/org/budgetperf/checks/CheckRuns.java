package org.budgetperf.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.budgetperf.budget.Budget;
import org.budgetperf.shared.events.EventDraft;
import org.budgetperf.shared.events.EventLog;
import org.budgetperf.shared.events.EventTypes;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.sql.DirectReads;
import org.budgetperf.shared.web.Cursor;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.ListQuery;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;
import org.budgetperf.shared.web.Timestamps;

/**
 * Records and reads rule-set runs of every kind. The one place that turns a typed result into the stored JSON
 * column and back: nothing else reads or writes that JSON.
 */
@ApplicationScoped
public class CheckRuns {

    @Inject
    EntityManager em;

    @Inject
    DirectReads reads;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    EventLog events;

    /** Reads stored results back into their types; see {@link #storageReader}. */
    private ObjectMapper reader;

    /**
     * Results are written with the API's own mapper, so a recorded result reads as the API showed it. Read back,
     * they are our own records, not requests: derived values a record also carries (e.g. "blocking") are skipped,
     * and figures the rules computed are taken as stored rather than held to the bounds of request input.
     */
    @PostConstruct
    void storageReader() {
        reader = mapper.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(new SimpleModule("stored-decimals")
                        .addDeserializer(BigDecimal.class, NumberDeserializers.BigDecimalDeserializer.instance));
        reader.getFactory().setStreamReadConstraints(StreamReadConstraints.defaults());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CheckRun record(CheckRun.Kind kind, Budget budget, CheckService.Checked<?> checked) {
        CheckRun run = new CheckRun();
        run.id = UUID.randomUUID();
        run.kind = kind;
        run.budgetId = budget.id;
        run.budgetVersion = budget.version;
        run.month = checked.month();
        run.revision = kind.isEvaluation() ? budget.approvedRevision : null;
        run.ruleSetVersion = checked.ruleSetVersion();
        run.actor = caller.subject();
        run.recordedAt = Timestamps.now();
        run.outcome = checked.outcome();
        run.errorCount = checked.counts().errors();
        run.warningCount = checked.counts().warnings();
        try {
            run.result = mapper.writeValueAsString(checked.result());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run result cannot be written as JSON", e);
        }
        em.persist(run);
        em.flush();
        events.append(event(run, budget));
        return run;
    }

    /** A recorded run's event: {@code check.recorded} for a reconciliation or a review, else the evaluation's own. */
    private static EventDraft event(CheckRun run, Budget budget) {
        String type;
        String resource;
        switch (run.kind) {
            case RECONCILIATION -> {
                type = EventTypes.CHECK_RECORDED;
                resource = "reconciliation";
            }
            case REVIEW -> {
                type = EventTypes.CHECK_RECORDED;
                resource = "review";
            }
            case MONITORING -> {
                type = EventTypes.MONITORING_REPORT_RECORDED;
                resource = "monitoring-report";
            }
            default -> {
                type = EventTypes.SELF_EVALUATION_RECORDED;
                resource = "self-evaluation";
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", run.kind.name());
        data.put("outcome", run.outcome);
        data.put("ruleSetVersion", run.ruleSetVersion);
        data.put("checkedVersion", ETags.of(run.budgetVersion));
        data.put("errorCount", run.errorCount);
        data.put("warningCount", run.warningCount);
        if (run.revision != null) {
            data.put("revision", run.revision);
        }
        if (run.month != null) {
            data.put("month", run.month);
        }
        return new EventDraft(
                type,
                resource,
                run.id.toString(),
                EventDraft.tableLink(budget.id) + "/" + resource + "s/" + run.id,
                budget.id,
                budget.department.id,
                budget.department.code,
                budget.fiscalYear,
                data);
    }

    /** The stored result in the type it was recorded from. */
    public <O> O result(CheckRun run, Class<O> type) {
        try {
            return reader.readValue(run.result, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored run result is not readable as " + type.getSimpleName(), e);
        }
    }

    private static final ListQuery.SortField<CheckRun> RECORDED_AT =
            new ListQuery.SortField<>("recordedAt", "r.recorded_at", Cursor.KeyType.TIMESTAMP, r -> r.recordedAt);
    private static final ListQuery.SortField<CheckRun> ID =
            new ListQuery.SortField<>("id", "r.id", Cursor.KeyType.UUID, r -> r.id);

    /** A page of a table's runs of one kind, newest first: a range of the index on (table, kind, time, id). */
    @Transactional
    public <T> Page<T> page(
            CheckRun.Kind kind, UUID budgetId, PageRequest request, Function<CheckRun, T> view, UriInfo uri) {
        return ListQuery.<CheckRun>of("runs/" + kind + "/" + budgetId, "check_run r")
                .where("r.budget_id = :budget", "budget", budgetId)
                .where("r.kind = :kind", "kind", kind)
                .orderBy(List.of(new ListQuery.SortKey<>(RECORDED_AT, true), new ListQuery.SortKey<>(ID, true)))
                .page(reads, request, ListQuery.entities(em, CheckRun.class, "check_run"), view, uri);
    }

    @Transactional
    public CheckRun get(CheckRun.Kind kind, UUID budgetId, UUID runId) {
        CheckRun run = em.find(CheckRun.class, runId);
        if (run == null || run.kind != kind || !run.budgetId.equals(budgetId)) {
            throw ProblemException.notFound(noun(kind), runId);
        }
        return run;
    }

    /** What a run of {@code kind} is called in a problem document. */
    private static Messages noun(CheckRun.Kind kind) {
        return switch (kind) {
            case REVIEW -> Messages.REVIEW_RUN;
            case RECONCILIATION -> Messages.RECONCILIATION_RUN;
            case MONITORING -> Messages.MONITORING_RUN;
            case SELF_EVALUATION -> Messages.SELF_EVALUATION_RUN;
        };
    }

    /** Whether a later monitoring report of the same month and revision replaced this one. */
    @Transactional
    public boolean superseded(CheckRun run) {
        if (run.kind != CheckRun.Kind.MONITORING || run.month == null) {
            return false;
        }
        return em.createQuery(
                                "SELECT count(r) FROM CheckRun r WHERE r.budgetId = :b AND r.kind = :k AND r.month = :m"
                                        + " AND r.revision = :rev AND (r.recordedAt > :at OR (r.recordedAt = :at AND r.id > :id))",
                                Long.class)
                        .setParameter("b", run.budgetId)
                        .setParameter("k", run.kind)
                        .setParameter("m", run.month)
                        .setParameter("rev", run.revision)
                        .setParameter("at", run.recordedAt)
                        .setParameter("id", run.id)
                        .getSingleResult()
                > 0;
    }
}
