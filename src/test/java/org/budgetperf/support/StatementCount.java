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

    /** Statements issued while {@code request} ran (requests of other threads would count too: run tests alone). */
    public long of(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        long directBefore = direct.statementCount();
        request.run();
        return statistics.getPrepareStatementCount() + direct.statementCount() - directBefore;
    }
}
