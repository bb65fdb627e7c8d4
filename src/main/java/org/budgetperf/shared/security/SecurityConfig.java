package org.budgetperf.shared.security;

import io.smallrye.config.ConfigMapping;

/** {@code perf.security.*}: the token claim naming a department editor's departments ({@code JWT_DEPARTMENTS_CLAIM}). */
@ConfigMapping(prefix = "perf.security")
public interface SecurityConfig {

    /** Default in application.properties: {@code departments}. */
    String departmentClaim();
}
