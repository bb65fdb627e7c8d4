package org.budgetperf.exporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.budgetperf.shared.web.Timestamps;
import org.jboss.logging.Logger;

/**
 * Runs bulk exports in the background, one at a time, on a thread this bean starts and stops with the service.
 *
 * <p>A job is claimed by a conditional update (QUEUED → RUNNING), so it runs once even when several replicas see it.
 * While it runs it beats (after every batch); a RUNNING job whose heartbeat is older than {@link #STALE_AFTER} was
 * interrupted — the service stopped or crashed — and is queued again by the sweep that runs at start and every
 * minute, its partial file deleted; after {@code perf.exports.max-attempts} starts it is FAILED with that reason. The
 * same sweep deletes the files of jobs past their {@code expiresAt} and marks them EXPIRED.
 */
@ApplicationScoped
public class ExportRunner {

    static final Duration STALE_AFTER = Duration.ofSeconds(90);
    private static final Logger LOG = Logger.getLogger(ExportRunner.class);

    @Inject
    EntityManager em;

    /** Every format's writer: {@link ExportWriter} and those other features add (see {@link ExportFileWriter}). */
    @Inject
    @Any
    Instance<ExportFileWriter> writers;

    @Inject
    ExportService service;

    @Inject
    ExportConfig config;

    private final String runnerId = "runner-" + UUID.randomUUID();
    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bulk-export");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweepSafely, 0, 60, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Runs the job soon, after those already waiting. */
    public void submit(UUID id) {
        executor.execute(() -> runSafely(id));
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("bulk export sweep failed; it runs again in a minute", e);
        }
    }

    /** Re-queues interrupted jobs, runs every queued one, expires old files. */
    public void sweep() {
        for (UUID id : interrupted()) {
            requeue(id);
        }
        List<UUID> queued = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "SELECT j.id FROM ExportJob j WHERE j.state = :s ORDER BY j.createdAt", UUID.class)
                        .setParameter("s", ExportJob.State.QUEUED)
                        .getResultList());
        queued.forEach(this::runSafely);
        expire();
    }

    private void runSafely(UUID id) {
        try {
            run(id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "bulk export %s could not be run", id);
        }
    }

    /** Claims and runs one job; nothing when another runner has it already. */
    void run(UUID id) {
        ExportJob job = QuarkusTransaction.requiringNew().call(() -> claim(id));
        if (job == null) {
            return;
        }
        ExportFilter filter = service.filterOf(job);
        Path directory = config.directory();
        Path done = ExportService.fileOf(directory, job);
        Path part = partOf(done);
        try {
            Files.createDirectories(directory);
            ExportFileWriter writer = writerOf(job.format);
            int count = writer.count(filter);
            QuarkusTransaction.requiringNew().run(() -> progress(id, count, 0));
            int written = writer.write(
                    filter,
                    job.format,
                    part,
                    n -> QuarkusTransaction.requiringNew().run(() -> progress(id, count, n)));
            Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long size = Files.size(done);
            QuarkusTransaction.requiringNew().run(() -> finish(id, ExportJob.State.SUCCEEDED, written, size, null));
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "bulk export %s failed", id);
            deleteQuietly(part);
            QuarkusTransaction.requiringNew()
                    .run(() -> finish(
                            id,
                            ExportJob.State.FAILED,
                            null,
                            null,
                            e instanceof IOException
                                    ? "the file could not be written"
                                    : "the export failed unexpectedly; the service log names export " + id));
        }
    }

    /** The writer of a format: exactly one bean writes each. */
    ExportFileWriter writerOf(ExportFormat format) {
        return writers.stream()
                .filter(w -> w.writes(format))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no writer of export format " + format));
    }

    private ExportJob claim(UUID id) {
        int claimed = em.createQuery("UPDATE ExportJob j SET j.state = :running, j.runner = :runner,"
                        + " j.heartbeatAt = :now, j.startedAt = :now, j.attempts = j.attempts + 1"
                        + " WHERE j.id = :id AND j.state = :queued")
                .setParameter("running", ExportJob.State.RUNNING)
                .setParameter("runner", runnerId)
                .setParameter("now", Timestamps.now())
                .setParameter("id", id)
                .setParameter("queued", ExportJob.State.QUEUED)
                .executeUpdate();
        return claimed == 1 ? em.find(ExportJob.class, id) : null;
    }

    private void progress(UUID id, int count, int written) {
        ExportJob job = em.find(ExportJob.class, id);
        job.tableCount = count;
        job.exportedCount = written;
        job.heartbeatAt = Timestamps.now();
    }

    private void finish(UUID id, ExportJob.State state, Integer written, Long size, String reason) {
        ExportJob job = em.find(ExportJob.class, id);
        job.state = state;
        if (written != null) {
            job.exportedCount = written;
        }
        job.fileSize = size;
        job.failureReason = reason;
        job.finishedAt = Timestamps.now();
        job.expiresAt = job.finishedAt.plus(config.retention());
    }

    private List<UUID> interrupted() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "SELECT j.id FROM ExportJob j WHERE j.state = :running AND j.heartbeatAt < :stale",
                                UUID.class)
                        .setParameter("running", ExportJob.State.RUNNING)
                        .setParameter("stale", Timestamps.now().minus(STALE_AFTER))
                        .getResultList());
    }

    /** An interrupted job: queued again with its partial file deleted, or FAILED once it has used its attempts. */
    void requeue(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExportJob job = em.find(ExportJob.class, id);
            if (job == null || job.state != ExportJob.State.RUNNING) {
                return;
            }
            deleteQuietly(partOf(ExportService.fileOf(config.directory(), job)));
            if (job.attempts >= config.maxAttempts()) {
                job.state = ExportJob.State.FAILED;
                job.failureReason = "interrupted " + job.attempts
                        + " times (the service stopped while it ran); request the export again";
                job.finishedAt = Timestamps.now();
                job.expiresAt = job.finishedAt.plus(config.retention());
            } else {
                job.state = ExportJob.State.QUEUED;
                job.exportedCount = 0;
                job.runner = null;
            }
        });
    }

    /** Deletes the files of finished jobs past their retention and marks the jobs EXPIRED. */
    void expire() {
        List<ExportJob> old = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "SELECT j FROM ExportJob j WHERE j.state IN :finished AND j.expiresAt < :now",
                                ExportJob.class)
                        .setParameter("finished", List.of(ExportJob.State.SUCCEEDED, ExportJob.State.FAILED))
                        .setParameter("now", Timestamps.now())
                        .setMaxResults(1000)
                        .getResultList());
        for (ExportJob job : old) {
            deleteQuietly(ExportService.fileOf(config.directory(), job));
            QuarkusTransaction.requiringNew()
                    .run(() -> em.find(ExportJob.class, job.id).state = ExportJob.State.EXPIRED);
        }
    }

    private static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", file, e.getMessage());
        }
    }
}
