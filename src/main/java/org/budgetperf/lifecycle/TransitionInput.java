package org.budgetperf.lifecycle;

import jakarta.validation.constraints.Size;

/** The comment of a transition; returning a table requires it (the reviewer's reasons). */
public record TransitionInput(@Size(max = 2000) String comment) {}
