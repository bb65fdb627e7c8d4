package org.budgetperf.shared.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Tells waiting readers (long polls) that the feed has moved on, without a thread or a connection per reader: each
 * waits on a future. Commits made through this replica signal at once ({@link EventOutbox}); those made through
 * another are seen by one shared read of the feed's position every {@code perf.events.poll-interval}, made only while
 * someone waits.
 */
@ApplicationScoped
public class EventSignal {

    private static final Logger LOG = Logger.getLogger(EventSignal.class);

    @Inject
    AgroalDataSource dataSource;

    private final AtomicLong known = new AtomicLong(-1);
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();

    private record Waiter(long beyond, CompletableFuture<Long> future) {}

    /**
     * Completes with the feed's new position as soon as it passes {@code seq}, or with null after {@code timeout}.
     * Nothing is held while it waits.
     */
    public Uni<Long> beyond(long seq, Duration timeout) {
        return Uni.createFrom().deferred(() -> {
            Waiter waiter = new Waiter(seq, new CompletableFuture<>());
            waiters.add(waiter);
            long now = known.get();
            if (now > seq) {
                waiters.remove(waiter);
                return Uni.createFrom().item(now);
            }
            return Uni.createFrom()
                    .completionStage(waiter.future())
                    .ifNoItem()
                    .after(timeout)
                    .recoverWithItem((Long) null)
                    .onTermination()
                    .invoke(() -> waiters.remove(waiter));
        });
    }

    /** The feed has reached {@code seq}: wakes whoever waits for less. */
    public void advanced(long seq) {
        long now = known.accumulateAndGet(seq, Math::max);
        for (Waiter w : waiters) {
            if (now > w.beyond()) {
                waiters.remove(w);
                w.future().complete(now);
            }
        }
    }

    /** Readers waiting right now (tests, metrics). */
    public int waiting() {
        return waiters.size();
    }

    @Scheduled(
            every = "${perf.events.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NobodyWaits.class)
    void poll() {
        try (Connection c = dataSource.getConnection()) {
            advanced(EventFeed.position(c).lastSeq());
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("the feed's position could not be read: %s", e.getMessage());
        }
    }

    /** Skips the poll while no reader waits. */
    @ApplicationScoped
    public static class NobodyWaits implements Scheduled.SkipPredicate {

        @Inject
        EventSignal signal;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return signal.waiters.isEmpty();
        }
    }
}
