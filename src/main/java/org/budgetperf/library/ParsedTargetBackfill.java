package org.budgetperf.library;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.jboss.logging.Logger;

/**
 * Fills in the parsed reading of the 年度指标值 ({@code annual_kind}, {@code annual_operator}, {@code annual_unit}) for
 * indicators stored before those columns existed; new and changed rows get it as they are written. Runs at start in
 * batches; a row without it is only missing from the library's unit and operator filters until then.
 */
@ApplicationScoped
public class ParsedTargetBackfill {

    private static final Logger LOG = Logger.getLogger(ParsedTargetBackfill.class);

    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        try {
            while (batch() == BATCH) {
                // next batch in a transaction of its own
            }
        } catch (RuntimeException e) {
            // The service starts without its database too (readiness reports it DOWN): the rows are read next start.
            LOG.warnf("parsed targets not filled in at start: %s", e.getMessage());
        }
    }

    @Transactional
    int batch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name, annual_value FROM indicator WHERE annual_kind IS NULL LIMIT " + BATCH)
                .getResultList();
        for (Object[] row : rows) {
            TargetValue v = TargetValueParser.parse((String) row[2], (String) row[1]);
            em.createNativeQuery(
                            "UPDATE indicator SET annual_kind = ?1, annual_operator = CAST(?2 AS varchar), annual_unit = CAST(?3 AS varchar) WHERE id = ?4")
                    .setParameter(1, v.kind().name())
                    .setParameter(2, v.operator() == null ? null : v.operator().symbol())
                    .setParameter(3, v.unit() == null || v.unit().length() > 100 ? null : v.unit())
                    .setParameter(4, row[0])
                    .executeUpdate();
        }
        return rows.size();
    }
}
