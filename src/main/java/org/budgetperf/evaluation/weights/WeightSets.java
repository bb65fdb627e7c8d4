package org.budgetperf.evaluation.weights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.evaluation.domain.WeightSet;
import org.budgetperf.shared.domain.StorableText;
import org.budgetperf.shared.events.EventDraft;
import org.budgetperf.shared.events.EventLog;
import org.budgetperf.shared.events.EventTypes;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.InputValidator;

/**
 * The stored weight sets: read them, find the one a self-evaluation names ({@code code} = its newest version,
 * {@code code@version} = that version), and add a version (admins; never an edit of an existing one).
 */
@ApplicationScoped
public class WeightSets {

    @Inject
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventLog events;

    /** The newest version of every set, by code. */
    public List<WeightSetEntity> currentVersions() {
        return em.createQuery(
                        "SELECT w FROM WeightSetEntity w WHERE w.seq = (SELECT max(v.seq) FROM WeightSetEntity v"
                                + " WHERE v.code = w.code) ORDER BY w.code",
                        WeightSetEntity.class)
                .getResultList();
    }

    /** Every version of a set, newest first; 404 when there is none. */
    public List<WeightSetEntity> versions(String code) {
        List<WeightSetEntity> all = byCode(code, Integer.MAX_VALUE);
        if (all.isEmpty()) {
            throw ProblemException.notFound("scoring weight set", code);
        }
        return all;
    }

    public WeightSetEntity version(String code, String version) {
        return find(code, version)
                .orElseThrow(() -> ProblemException.notFound("scoring weight set", code + "@" + version));
    }

    /**
     * The set a request names, {@code code} or {@code code@version}; an unknown one is a 422 naming {@code field}
     * (where the request named it: a body property or a query parameter).
     */
    public WeightSet named(String reference, String in, String field) {
        int at = reference.indexOf('@');
        String code = at < 0 ? reference : reference.substring(0, at);
        Optional<WeightSetEntity> found =
                at < 0 ? byCode(code, 1).stream().findFirst() : find(code, reference.substring(at + 1));
        return found.map(row -> definition(row).toDomain())
                .orElseThrow(() -> new ProblemException(
                        ProblemCode.BUSINESS_RULE_VIOLATED,
                        "no scoring weight set " + reference + "; GET /api/v1/scoring-weight-sets lists them",
                        List.of(new Violation(field, in, "unknown scoring weight set " + reference))));
    }

    /** Adds a version: 400 for bounds, 409 when the version exists, 422 when the weights do not make a set. */
    @Transactional
    public WeightSetView create(WeightSetInput input) {
        if (input == null) {
            throw ProblemException.invalid("", "a weight set is required");
        }
        InputValidator.failIfAny(validator.check(input));
        WeightSetInput set = input.complete();
        try {
            set.toDomain();
        } catch (WeightSetInput.InvalidPart refused) {
            throw new ProblemException(
                    ProblemCode.BUSINESS_RULE_VIOLATED,
                    refused.field + ": " + refused.getMessage(),
                    List.of(Violation.body(refused.field, refused.getMessage())));
        }
        if (find(set.code(), set.version()).isPresent()) {
            throw new ProblemException(
                    ProblemCode.CONFLICT,
                    "weight set " + set.code() + "@" + set.version()
                            + " exists; a set is never changed, add a new version",
                    List.of(Violation.body("version", "already exists for " + set.code())));
        }
        WeightSetEntity e = new WeightSetEntity();
        e.code = set.code();
        e.version = set.version();
        e.createdBy = caller.subject();
        try {
            e.definition = mapper.writeValueAsString(set);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        em.persist(e);
        em.flush();
        em.refresh(e);
        events.append(new EventDraft(
                EventTypes.SCORING_WEIGHT_SET_CREATED,
                "scoring-weight-set",
                e.code + "@" + e.version,
                "/api/v1/scoring-weight-sets/" + e.code + "/versions/" + e.version,
                null,
                null,
                null,
                null,
                Map.of("code", e.code, "version", e.version)));
        return view(e);
    }

    /** A stored row as the API shows it. */
    public WeightSetView view(WeightSetEntity row) {
        return WeightSetView.of(row, definition(row));
    }

    /** The set as written; it was checked by the domain before it was stored. */
    private WeightSetInput definition(WeightSetEntity row) {
        try {
            return mapper.readValue(row.definition, WeightSetInput.class);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("weight set " + row.code + "@" + row.version + " cannot be read", corrupt);
        }
    }

    private Optional<WeightSetEntity> find(String code, String version) {
        if (!StorableText.storable(code) || !StorableText.storable(version)) {
            return Optional.empty(); // no stored set has such a name, and the database refuses to compare it
        }
        return em.createQuery(
                        "SELECT w FROM WeightSetEntity w WHERE w.code = :code AND w.version = :version",
                        WeightSetEntity.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    private List<WeightSetEntity> byCode(String code, int max) {
        if (!StorableText.storable(code)) {
            return List.of(); // no stored set has such a name, and the database refuses to compare it
        }
        return em.createQuery(
                        "SELECT w FROM WeightSetEntity w WHERE w.code = :code ORDER BY w.seq DESC",
                        WeightSetEntity.class)
                .setParameter("code", code)
                .setMaxResults(max)
                .getResultList();
    }
}
