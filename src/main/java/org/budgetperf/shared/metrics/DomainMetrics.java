package org.budgetperf.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.budgetperf.shared.problem.ProblemException;

/**
 * The one door through which features count and time what they do, so every domain series has the {@code perf_}
 * prefix and the same outcome words. Tag values must come from a small closed set (a format, a kind, an action,
 * an enum's name): never an id, a code or a caller, which would make one series per table or person.
 */
@ApplicationScoped
public class DomainMetrics {

    /** The outcome of timed work: done, refused with a problem the caller can fix (4xx), or failed (5xx, bugs). */
    public static final String SUCCESS = "success";

    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    @Inject
    MeterRegistry registry;

    /** Adds one to the counter {@code name} with the given tag pairs ({@code "format", "XLSX", …}). */
    public void count(String name, String... tags) {
        registry.counter(name, tags).increment();
    }

    /**
     * Runs the work and records its duration in the timer {@code name} (which also counts it), tagged with the given
     * pairs and {@code outcome}: {@link #SUCCESS}, {@link #REFUSED} or {@link #FAILED}.
     */
    public <T> T timed(String name, Supplier<T> work, String... tags) {
        long start = System.nanoTime();
        String outcome = FAILED;
        try {
            T result = work.get();
            outcome = SUCCESS;
            return result;
        } catch (ProblemException e) {
            outcome = e.code().status() < 500 ? REFUSED : FAILED;
            throw e;
        } finally {
            Timer.builder(name)
                    .tags(Tags.of(tags).and("outcome", outcome))
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
