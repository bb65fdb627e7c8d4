package org.budgetperf.support;

import org.budgetperf.shared.sql.DirectReads;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements a request issues: those Hibernate prepares and the service's direct reads. Tests on
 * hot paths assert these counts, not timings, so they never flake on a busy machine.
 */
public final class StatementCount {

    private final SessionFactory sessionFactory;
    private final DirectReads direct;

    public StatementCount(SessionFactory sessionFactory, DirectReads direct) {
        this.sessionFactory = sessionFactory;
        this.direct = direct;
    }

    /** Statements issued while {@code request} ran; statements of other threads meanwhile count too. */
    public long of(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        long directBefore = direct.statementCount();
        request.run();
        return statistics.getPrepareStatementCount() + direct.statementCount() - directBefore;
    }

    /**
     * The statements of a request that can run again with the same cost (a read, or a change that sets a new value
     * each time): the fewest of three runs. The service's own pollers (webhook dispatcher, change-feed signal) run
     * statements on other threads at any moment and those counters see them too; they only ever add, so the fewest is
     * the request's own count, and a path whose count really varies still shows it in every run.
     */
    public long ofRepeatable(Runnable request) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            fewest = Math.min(fewest, of(request));
        }
        return fewest;
    }
}
