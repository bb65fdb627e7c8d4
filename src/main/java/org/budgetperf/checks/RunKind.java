package org.budgetperf.checks;

/**
 * One kind of recorded run and the type its result is kept in. A stored run is read back as that type, so
 * whoever reads a run (the API, an export) works with what the rules produced and never with the stored JSON.
 */
public record RunKind<O>(CheckRun.Kind kind, Class<O> resultType) {}
