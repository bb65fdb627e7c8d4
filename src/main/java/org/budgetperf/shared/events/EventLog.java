package org.budgetperf.shared.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.budgetperf.shared.problem.RequestIdFilter;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.Timestamps;
import org.jboss.logging.MDC;

/**
 * Appends events to the change feed, in the transaction of the change they describe (transactional outbox): the
 * change and its event are committed together or not at all. The events of a transaction are written, and numbered,
 * when it commits ({@link EventOutbox}). Every change recorded in the audit trail appends its event there
 * ({@code AuditTrail.record}); the other recorded things (check runs, evaluations, imports, weight sets) append their own.
 */
@ApplicationScoped
public class EventLog {

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    EventSignal signal;

    /** Adds an event to the current transaction's; its seq is assigned when the transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PendingEvent append(EventDraft draft) {
        EventOutbox outbox = (EventOutbox) registry.getResource(EventOutbox.class);
        if (outbox == null) {
            outbox = new EventOutbox(dataSource, mapper, signal);
            registry.putResource(EventOutbox.class, outbox);
            registry.registerInterposedSynchronization(outbox);
        }
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        PendingEvent event = new PendingEvent(
                UUID.randomUUID(),
                Timestamps.now(),
                draft,
                caller.subject(),
                requestId == null ? null : requestId.toString());
        outbox.add(event);
        return event;
    }

    /**
     * The draft with the department code and fiscal year its table or department has now, read in the current
     * transaction: for a change that removes them (a delete), whose event is completed after they are gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventDraft withCurrentContext(EventDraft draft) {
        try (Connection c = dataSource.getConnection()) {
            if (draft.budgetId() != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT b.fiscal_year, d.id, d.code FROM budget b"
                        + " JOIN department d ON d.id = b.department_id WHERE b.id = ?")) {
                    ps.setObject(1, draft.budgetId());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return draft.withContext(rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(1));
                        }
                    }
                }
            }
            if (draft.departmentId() != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT code FROM department WHERE id = ?")) {
                    ps.setObject(1, draft.departmentId());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return draft.withContext(draft.departmentId(), rs.getString(1), draft.fiscalYear());
                        }
                    }
                }
            }
            return draft;
        } catch (SQLException e) {
            throw new IllegalStateException("the context of an event cannot be read", e);
        }
    }
}
