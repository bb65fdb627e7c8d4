package org.budgetperf.budget.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;

/**
 * The indicator frameworks known to the service. They change only through migrations, so they are
 * read once and kept in memory: validating a table's indicators costs no query.
 */
@ApplicationScoped
public class FrameworkCatalog {

    public static final String DEFAULT_CODE = "guangdong-city-2024";

    private final EntityManager em;
    private volatile Map<String, IndicatorFramework> frameworks;

    public FrameworkCatalog(EntityManager em) {
        this.em = em;
    }

    public List<IndicatorFramework> all() {
        return List.copyOf(loaded().values());
    }

    public Optional<IndicatorFramework> find(String code) {
        return Optional.ofNullable(code == null ? null : loaded().get(code));
    }

    private Map<String, IndicatorFramework> loaded() {
        Map<String, IndicatorFramework> current = frameworks;
        if (current == null) {
            Map<String, IndicatorFramework> read = new LinkedHashMap<>();
            em.createQuery("SELECT f FROM FrameworkEntity f ORDER BY f.code", FrameworkEntity.class)
                    .getResultList()
                    .forEach(f -> read.put(f.code, toDomain(f)));
            frameworks = current = Map.copyOf(read);
        }
        return current;
    }

    private static IndicatorFramework toDomain(FrameworkEntity f) {
        return new IndicatorFramework(
                f.code,
                f.name,
                f.entries.stream()
                        .sorted(Comparator.comparingInt(e -> e.position))
                        .map(e -> new IndicatorFramework.Entry(e.level1, e.level2))
                        .toList());
    }
}
