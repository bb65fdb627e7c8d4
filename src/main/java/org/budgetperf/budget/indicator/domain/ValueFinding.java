package org.budgetperf.budget.indicator.domain;

/**
 * One remark about a target value.
 *
 * @param code    stable code for rules and clients
 * @param message short English + Chinese explanation naming the concrete values
 */
public record ValueFinding(ValueFindingCode code, String message) {}
