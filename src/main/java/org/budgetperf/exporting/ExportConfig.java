package org.budgetperf.exporting;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;

/** {@code perf.exports.*}: where bulk export files are kept and for how long (defaults in application.properties). */
@ConfigMapping(prefix = "perf.exports")
public interface ExportConfig {

    /** The directory of finished files ({@code EXPORTS_DIRECTORY}); a shared volume when several replicas run. */
    Path directory();

    /** How long a finished (or failed) job keeps its file before it is deleted and the job EXPIRED. */
    Duration retention();

    /** Tables read per transaction while a file is written: what bounds the memory a job uses. */
    int batchSize();

    /** How often a job interrupted by a restart is started again before it is FAILED. */
    int maxAttempts();

    /** Unfinished (QUEUED or RUNNING) jobs a caller may have at once; one more is a 429. */
    int maxActivePerCaller();
}
