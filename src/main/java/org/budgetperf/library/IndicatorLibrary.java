package org.budgetperf.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.budgetperf.budget.BudgetStatus;
import org.budgetperf.budget.BudgetView;
import org.budgetperf.budget.indicator.IndicatorView;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueBasis;
import org.budgetperf.checks.LatestSelfEvaluations;
import org.budgetperf.shared.security.Caller;
import org.budgetperf.shared.web.PageRequest;

/**
 * Searches the indicators of every table the caller may see. An APPROVED table is open to everyone who may read
 * (its indicators are the department's commitment as approved); any other table — a draft, a table under review or
 * being adjusted — only to those who see its department ({@link Caller#sees}). Names are matched by substring or
 * by pg_trgm similarity (the GIN trigram index on {@code indicator.name} serves both) and ranked: names that
 * contain the fragment first, then by similarity, then newest year first.
 *
 * <p>Two statements per search whatever the size of the library: the page, and the counts (total, per 二级, per unit)
 * in one {@code GROUPING SETS} query; a third reads the latest self-evaluations of the tables on the page.
 */
@ApplicationScoped
public class IndicatorLibrary {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    LatestSelfEvaluations evaluations;

    /** A page of hits with the counts over all of them. */
    public record Found(List<LibraryHit> hits, long total, Facets facets) {}

    /** How many hits there are per 二级 and per unit of the 年度指标值 (unit {@code null}: none). */
    public record Facets(List<Count> level2, List<Count> unit) {}

    /** One value of a facet and how many hits have it. */
    public record Count(String value, long count) {}

    /** The page of hits the resources answer, with links that keep the caller's filters. */
    LibraryPage page(LibraryFilter filter, PageRequest request, jakarta.ws.rs.core.UriInfo uri) {
        Found found = search(filter, request);
        return LibraryPage.of(request.toPage(found.hits(), found.total(), hit -> hit, uri), found.facets());
    }

    @Transactional
    public Found search(LibraryFilter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        return filter.name() == null ? browse(where, parameters, page) : byName(where, parameters, page);
    }

    private static final String HIT_COLUMNS = "i.id, i.level1, i.level2, i.name, i.annual_value, i.value_basis,"
            + " i.value_basis_note, i.position, b.id AS budget_id, b.fiscal_year, b.status, b.framework_code,"
            + " d.id AS department_id, d.code, d.name AS department_name";

    /** Without a name: the page in the lists' order, then totals and facets counted from an index (two statements). */
    private Found browse(String where, Map<String, Object> parameters, PageRequest page) {
        String from = " FROM indicator i" + JOINS;
        Query select = em.createNativeQuery("SELECT " + HIT_COLUMNS + ", NULL AS relevance" + from + where
                + " ORDER BY b.fiscal_year DESC, d.code, i.position, i.id LIMIT " + page.size() + " OFFSET "
                + page.offset());
        parameters.forEach(select::setParameter);
        List<Object[]> rows = rowsOf(select);
        Query counts = em.createNativeQuery("SELECT GROUPING(i.level2), GROUPING(i.annual_unit), i.annual_unit,"
                + " count(*), i.level2" + from + where
                + " GROUP BY GROUPING SETS ((i.level2), (i.annual_unit), ()) ORDER BY 4 DESC, 5, 3");
        parameters.forEach(counts::setParameter);
        Tally tally = new Tally();
        rowsOf(counts).forEach(c -> tally.add(c, (String) c[4]));
        return new Found(hits(rows), tally.total, new Facets(tally.level2, tally.unit));
    }

    /**
     * With a name: one statement. The name's matches are found once (the trigram recheck of thousands of candidate
     * names is most of a search's time) and both the ranked page and the totals and facets are read from them; the
     * facet rows come first, with their counts, then the page's rows in rank order.
     */
    private Found byName(String where, Map<String, Object> parameters, PageRequest page) {
        Query query = em.createNativeQuery(NAMED + ", hits AS MATERIALIZED (SELECT " + HIT_COLUMNS + ","
                + " word_similarity(CAST(:name AS text), i.name) AS relevance, i.annual_unit AS unit,"
                + " row_number() OVER (ORDER BY (strpos(lower(i.name), lower(CAST(:name AS text))) > 0) DESC,"
                + " word_similarity(CAST(:name AS text), i.name) DESC, similarity(i.name, CAST(:name AS text)) DESC,"
                + " b.fiscal_year DESC, i.id) AS rank FROM named i" + JOINS + where + ")"
                + " SELECT GROUPING(level2), GROUPING(unit), unit, count(*), NULL, NULL, level2, NULL, NULL, NULL,"
                + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 AS rank FROM hits"
                + " GROUP BY GROUPING SETS ((level2), (unit), ())"
                + " UNION ALL SELECT NULL, NULL, NULL, NULL, id, level1, level2, name, annual_value, value_basis,"
                + " value_basis_note, position, budget_id, fiscal_year, status, framework_code, department_id, code,"
                + " department_name, relevance, rank FROM hits WHERE rank > " + page.offset() + " AND rank <= "
                + (page.offset() + page.size()) + " ORDER BY 21, 4 DESC, 7, 3");
        parameters.forEach(query::setParameter);
        Tally tally = new Tally();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : rowsOf(query)) {
            if (r[3] == null) {
                rows.add(Arrays.copyOfRange(r, 4, 20));
            } else {
                tally.add(r, (String) r[6]);
            }
        }
        return new Found(hits(rows), tally.total, new Facets(tally.level2, tally.unit));
    }

    /** Counts of a {@code GROUPING SETS ((level2), (unit), ())} query: grouping flags, unit and count first. */
    private static final class Tally {
        long total;
        final List<Count> level2 = new ArrayList<>();
        final List<Count> unit = new ArrayList<>();

        void add(Object[] c, String level2Value) {
            long n = ((Number) c[3]).longValue();
            if (((Number) c[0]).intValue() == 0) {
                level2.add(new Count(level2Value, n));
            } else if (((Number) c[1]).intValue() == 0) {
                unit.add(new Count((String) c[2], n));
            } else {
                total = n;
            }
        }
    }

    /** The indicator columns a search reads, carried by the materialised name matches so no row is read twice. */
    private static final String COLUMNS = "id, budget_id, level1, level2, name, annual_value, annual_unit,"
            + " annual_operator, value_basis, value_basis_note, position";

    private static final String JOINS =
            " JOIN budget b ON b.id = i.budget_id JOIN department d ON d.id = b.department_id";

    /**
     * A name search first collects the matching indicators by name alone, through the trigram index, and only then
     * joins their tables and applies visibility and the other filters. Left to itself the planner estimates the
     * trigram matches from statistics that a bulk load or GIN's pending list throw off, and then walks every visible
     * table's rows instead (hundreds of milliseconds on 100,000 indicators, docs/benchmarks.md "Indicator library");
     * the materialised set pins the plan that is fast whatever the estimate.
     */
    private static final String NAMED = "WITH named AS MATERIALIZED (SELECT " + COLUMNS + " FROM indicator"
            + " WHERE name ILIKE CAST(:fragment AS text) ESCAPE '\\' OR name % CAST(:name AS text))";

    private String where(LibraryFilter f, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (!caller.readsAllTables()) {
            sql.append(" AND (b.status = 'APPROVED' OR d.code IN (:visible))");
            parameters.put("visible", caller.editedDepartmentsForQuery());
        }
        if (f.name() != null) {
            // ILIKE finds the fragment anywhere; % adds names similar to it as a whole (both use the trigram index);
            // the condition itself is in NAMED.
            parameters.put("fragment", "%" + f.name().replaceAll("([\\\\%_])", "\\\\$1") + "%");
            parameters.put("name", f.name());
        }
        equal(sql, parameters, "i.level1", "level1", f.level1());
        equal(sql, parameters, "i.level2", "level2", f.level2());
        equal(sql, parameters, "i.annual_unit", "unit", f.unit());
        equal(sql, parameters, "i.annual_operator", "operator", f.operator());
        equal(sql, parameters, "b.fiscal_year", "fiscalYear", f.fiscalYear());
        equal(sql, parameters, "b.department_id", "departmentId", f.departmentId());
        equal(sql, parameters, "b.framework_code", "frameworkCode", f.frameworkCode());
        if (f.excludedBudget() != null) {
            sql.append(" AND b.id <> :excluded");
            parameters.put("excluded", f.excludedBudget());
        }
        return sql.toString();
    }

    private static void equal(StringBuilder sql, Map<String, Object> parameters, String column, String name, Object v) {
        if (v != null) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            parameters.put(name, v);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(Query query) {
        return query.getResultList();
    }

    private List<LibraryHit> hits(List<Object[]> rows) {
        Set<UUID> budgets = new LinkedHashSet<>();
        rows.forEach(r -> budgets.add((UUID) r[8]));
        Map<UUID, LatestSelfEvaluations.Evaluated> evaluated = evaluations.of(budgets);
        List<LibraryHit> hits = new ArrayList<>();
        for (Object[] r : rows) {
            String name = (String) r[3];
            String level2 = (String) r[2];
            String annual = (String) r[4];
            LatestSelfEvaluations.Evaluated run = evaluated.get((UUID) r[8]);
            LibraryHit.Evaluation evaluation = run == null
                    ? null
                    : LatestSelfEvaluations.lineOf(run.outcome(), ((Number) r[7]).intValue(), level2, name)
                            .map(line -> new LibraryHit.Evaluation(
                                    run.runId(),
                                    line.actual(),
                                    line.score(),
                                    line.targetMet(),
                                    run.outcome().grade()))
                            .orElse(null);
            hits.add(new LibraryHit(
                    (UUID) r[0],
                    (String) r[1],
                    level2,
                    name,
                    annual,
                    annual == null ? null : IndicatorView.Target.of(TargetValueParser.parse(annual, name)),
                    r[5] == null ? null : ValueBasis.valueOf((String) r[5]),
                    (String) r[6],
                    r[15] == null
                            ? null
                            : BigDecimal.valueOf(((Number) r[15]).doubleValue()).setScale(4, RoundingMode.HALF_UP),
                    new BudgetView.DepartmentRef((UUID) r[12], (String) r[13], (String) r[14]),
                    ((Number) r[9]).intValue(),
                    new LibraryHit.TableRef((UUID) r[8], BudgetStatus.valueOf((String) r[10]), (String) r[11]),
                    evaluation));
        }
        return hits;
    }
}
