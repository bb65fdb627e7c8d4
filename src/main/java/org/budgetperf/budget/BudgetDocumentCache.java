package org.budgetperf.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.budgetperf.shared.metrics.DomainMetrics;

/**
 * Serialized whole-table documents keyed by the versions they were built from.
 *
 * <p>A table document is the most read thing in the service and the most expensive to build (three
 * queries, every target value parsed, the goal's paragraphs extracted). Its content is fully
 * determined by the table's version (raised by every change to the table, its tasks and indicators)
 * and its department's version (name and code appear in it); frameworks never change once seeded. So
 * a cached document is served after one primary-key query that confirms both versions, and a stale
 * entry can never be served: a change produces a new key.
 */
@ApplicationScoped
public class BudgetDocumentCache {

    /** What a cached document was built from. */
    public record Key(UUID budgetId, long budgetVersion, long departmentVersion) {}

    private final Map<Key, byte[]> documents;
    private final DomainMetrics metrics;

    public BudgetDocumentCache(BudgetConfig settings, DomainMetrics metrics) {
        this.metrics = metrics;
        int capacity = settings.budgetDocuments();
        this.documents = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    public byte[] get(Key key) {
        byte[] document;
        synchronized (this) {
            document = documents.get(key);
        }
        metrics.count("perf.document.cache", "result", document == null ? "miss" : "hit");
        return document;
    }

    public synchronized void put(Key key, byte[] document) {
        documents.keySet().removeIf(k -> k.budgetId().equals(key.budgetId()));
        documents.put(key, document);
    }
}
