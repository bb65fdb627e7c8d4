package org.budgetperf.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/**
 * {@code perf.limits.*}: the largest JSON body and imported file ({@code MAX_JSON_BODY}, {@code MAX_IMPORT_BODY}).
 * The defaults, with the variables that set them, are written once, in application.properties.
 */
@ConfigMapping(prefix = "perf.limits")
public interface LimitsConfig {

    MemorySize jsonBody();

    MemorySize importBody();
}
