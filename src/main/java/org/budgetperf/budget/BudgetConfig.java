package org.budgetperf.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code perf.cache.*}: how many whole-table documents are kept ready to serve ({@code PERF_CACHE_BUDGET_DOCUMENTS}). */
@ConfigMapping(prefix = "perf.cache")
public interface BudgetConfig {

    @WithDefault("256")
    int budgetDocuments();
}
