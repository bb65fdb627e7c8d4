package org.budgetperf.review.domain;

/**
 * A message of a finding in both its languages: Chinese as the clerk reads the form, English for everyone else.
 * The two say the same, with the same values.
 */
record Message(String zh, String en) {}
