package org.budgetperf.webhooks;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.budgetperf.shared.events.EventFeed;
import org.budgetperf.shared.events.EventTypes;
import org.budgetperf.shared.events.FeedEvent;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.InputValidator;
import org.budgetperf.shared.web.Timestamps;

/** Webhook subscriptions: registered, changed and removed by admins, and their delivery log. */
@ApplicationScoped
public class WebhookService {

    @Inject
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    UrlGuard guard;

    @Inject
    Caller caller;

    @Inject
    EventFeed feed;

    @Inject
    WebhookSender sender;

    @Inject
    AgroalDataSource dataSource;

    @Transactional
    public List<WebhookSubscription> list(int offset, int size) {
        return em.createQuery(
                        "SELECT s FROM WebhookSubscription s ORDER BY s.createdAt, s.id", WebhookSubscription.class)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    @Transactional
    public long count() {
        return em.createQuery("SELECT count(s) FROM WebhookSubscription s", Long.class)
                .getSingleResult();
    }

    @Transactional
    public WebhookSubscription get(UUID id) {
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        if (s == null) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        return s;
    }

    /** Registers a subscription; its deliveries start with the events after this moment. */
    @Transactional
    public WebhookSubscription create(WebhookInput input) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.secret = Signatures.newSecret();
        s.createdAt = Timestamps.now();
        s.createdBy = caller.subject();
        s.cursorSeq = feed.position().lastSeq();
        s.nextAttemptAt = s.createdAt;
        apply(s, input);
        em.persist(s);
        em.flush();
        return s;
    }

    /** Changes a subscription under its version; enabling a disabled one resumes at the event it stopped at. */
    @Transactional
    public WebhookSubscription replace(UUID id, String ifMatch, WebhookInput input) {
        WebhookSubscription s = get(id);
        // Waits while a dispatcher delivers to it, then reads the state that delivery left.
        em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        ETags.require(ifMatch, s.version);
        boolean wasDisabled = !s.active;
        apply(s, input);
        if (s.active && wasDisabled) {
            s.disabledAt = null;
            s.disabledReason = null;
            s.attempts = 0;
            s.failingSince = null;
            s.nextAttemptAt = Timestamps.now();
        }
        em.flush();
        return s;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription s = get(id);
        ETags.require(ifMatch, s.version);
        em.remove(s);
        em.flush();
    }

    @Transactional
    public List<WebhookDelivery> deliveries(UUID subscription, int offset, int size) {
        get(subscription);
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :s ORDER BY d.attemptedAt DESC, d.id",
                        WebhookDelivery.class)
                .setParameter("s", subscription)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    @Transactional
    public long countDeliveries(UUID subscription) {
        return em.createQuery("SELECT count(d) FROM WebhookDelivery d WHERE d.subscriptionId = :s", Long.class)
                .setParameter("s", subscription)
                .getSingleResult();
    }

    @Transactional
    public WebhookDelivery delivery(UUID subscription, UUID delivery) {
        WebhookDelivery d = em.find(WebhookDelivery.class, delivery);
        if (d == null || !d.subscriptionId.equals(subscription)) {
            throw ProblemException.notFound("webhook delivery", delivery);
        }
        return d;
    }

    /**
     * Sends a delivery's event again, now, whatever the subscription's state, and logs it as a manual delivery. Out of
     * order by nature (the receiver deduplicates on {@code webhook-id}); the subscription's cursor is not moved.
     */
    public WebhookDelivery redeliver(UUID subscription, UUID delivery) {
        WebhookDelivery earlier = delivery(subscription, delivery);
        WebhookSubscription s = get(subscription);
        FeedEvent event = feed.bySeq(earlier.eventSeq)
                .orElseThrow(() -> new ProblemException(
                        ProblemCode.EVENTS_PURGED,
                        "event " + earlier.eventSeq + " is no longer kept (retention); it cannot be sent again"));
        OffsetDateTime at = Timestamps.now();
        WebhookSender.Outcome outcome = sender.send(s.url, s.secret, event);
        try (Connection c = dataSource.getConnection()) {
            return delivery(subscription, DeliveryLog.insert(c, subscription, event, true, at, outcome, null));
        } catch (SQLException e) {
            throw new IllegalStateException("the delivery could not be logged", e);
        }
    }

    private void apply(WebhookSubscription s, WebhookInput input) {
        if (input == null) {
            throw ProblemException.invalid("", "a subscription is required");
        }
        InputValidator.failIfAny(validator.check(input));
        List<Violation> refused = new ArrayList<>();
        List<String> types =
                input.eventTypes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.eventTypes()));
        for (int i = 0; i < types.size(); i++) {
            if (!EventTypes.validFilter(types.get(i))) {
                refused.add(Violation.body(
                        "eventTypes[" + i + "]", "not an event type (budget.approved), a family (indicator.*) or *"));
            }
        }
        if (input.secret() != null && Signatures.key(input.secret()) == null) {
            refused.add(Violation.body("secret", "must be whsec_ followed by the base64 of 24 to 64 bytes"));
        }
        InputValidator.failIfAny(refused);
        List<UUID> departments =
                input.departmentIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.departmentIds()));
        List<Violation> rules = new ArrayList<>();
        try {
            guard.check(input.url());
        } catch (UrlGuard.Refused e) {
            rules.add(Violation.body("url", e.getMessage()));
        }
        for (int i = 0; i < departments.size(); i++) {
            if (em.createNativeQuery("SELECT 1 FROM department WHERE id = ?1")
                    .setParameter(1, departments.get(i))
                    .getResultList()
                    .isEmpty()) {
                rules.add(Violation.body("departmentIds[" + i + "]", "no such department"));
            }
        }
        if (!rules.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.BUSINESS_RULE_VIOLATED,
                    rules.get(0).field() + ": " + rules.get(0).message(),
                    rules);
        }
        s.url = input.url();
        s.filters(types, departments);
        s.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().trim();
        if (input.secret() != null) {
            s.secret = input.secret();
        }
        s.active = input.active() == null || input.active();
        s.updatedAt = Timestamps.now();
    }
}
