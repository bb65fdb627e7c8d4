package org.budgetperf.disclosure;

import io.smallrye.config.ConfigMapping;

/** {@code perf.disclosure.*}: when the open-data package is built in the background (defaults in application.properties). */
@ConfigMapping(prefix = "perf.disclosure")
public interface DisclosureConfig {

    /**
     * The most tables a package is built for while the request waits ({@code DISCLOSURE_SYNCHRONOUS_TABLES}); a year
     * with more answers 202 with an export job, as does any request with {@code Prefer: respond-async}.
     */
    int synchronousTables();
}
