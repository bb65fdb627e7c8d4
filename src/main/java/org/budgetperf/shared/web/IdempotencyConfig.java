package org.budgetperf.shared.web;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** {@code perf.idempotency.*}: how long an {@code Idempotency-Key} is remembered ({@code IDEMPOTENCY_TTL}; default in application.properties). */
@ConfigMapping(prefix = "perf.idempotency")
public interface IdempotencyConfig {

    Duration ttl();
}
