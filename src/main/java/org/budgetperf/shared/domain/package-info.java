/**
 * Kernel values that every rule package may use: pure Java, no framework, no feature. Today the bounds every
 * number entering the service must meet ({@link org.budgetperf.shared.domain.DecimalBounds}).
 */
package org.budgetperf.shared.domain;
